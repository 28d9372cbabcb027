// Points in time for reporting deadlines. Deadlines are set and shown as
// wall-clock times in Norway (Europe/Oslo: CET, UTC+1, and CEST, UTC+2,
// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October); they are compared as seconds since 1970 UTC. Plain
// arithmetic: no clock, no time-zone database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/period.h"  // DaysFromCivil, CivilFromDays

namespace fremdrift {

// Parses an Oslo wall-clock time "YYYY-MM-DDTHH:MM" (or with a space, or
// with ":SS") into seconds since 1970 UTC. nullopt for anything else.
std::optional<int64_t> ParseOsloDateTime(std::string_view text);

// Parses a UTC timestamp as stored ("2026-11-22T08:30:00Z").
std::optional<int64_t> ParseUtcTimestamp(std::string_view text);

// The offset of Oslo from UTC at `utc_seconds`: 3600 or 7200.
int OsloOffsetSeconds(int64_t utc_seconds);

// The Oslo wall-clock time of `utc_seconds` as "YYYY-MM-DDTHH:MM", and its date.
std::string OsloDateTimeText(int64_t utc_seconds);
Date OsloDate(int64_t utc_seconds);

}  // namespace fremdrift
