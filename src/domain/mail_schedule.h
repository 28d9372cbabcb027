// When digest mails are due and how long a failed delivery waits: pure
// functions of the current time. (When a reminder is due is the round's
// rule, domain/reminder_schedule.h.) The caller turns a due digest into an
// outbox mail whose idempotency key names the day, so asking again (every
// minute, from several servers) sends nothing twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace fremdrift {

// The Oslo date ("YYYY-MM-DD") whose digest is due at `now`, or nullopt
// before `send_hour` o'clock Oslo time (Europe/Oslo: UTC+1, UTC+2 from the
// last Sunday of March to the last Sunday of October, both at 01:00 UTC):
// one digest per contact and day.
std::optional<std::string> DigestDay(int64_t now, int send_hour);

// Seconds to wait before delivery attempt number `attempts` + 1 after
// `attempts` failed ones: base, 2 × base, 4 × base, ... at most `max`.
int64_t RetryDelaySeconds(int attempts, int64_t base, int64_t max);

}  // namespace fremdrift
