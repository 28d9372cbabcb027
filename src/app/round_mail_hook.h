// The point where the reporting round hands its events to the mail
// machinery (the outbox of issue 12, built separately). Every event is
// raised inside the transaction that causes it, so that a message written
// to the outbox there is committed with the change or not at all.
//
// EnqueueRoundMail turns an event into outbox mails (app/round_mail.h,
// docs/reporting.md "Mail"); EnqueueDueRoundMail is the scheduler that
// `fremdrift serve` runs for reminders and digests.
#pragma once

#include <cstdint>
#include <string>

#include "domain/assessment.h"
#include "domain/reporting_period.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

enum class RoundEvent {
  kRoundOpened,    // a period got a deadline: to every owner's reporting contacts
  kReportReturned, // to the owner organisation, with the secretariat's comment
  kReportSubmitted,// counted into the secretariat's "all reports are in" per organisation
  kReportAccepted,
};

struct RoundMail {
  RoundEvent event = RoundEvent::kRoundOpened;
  int64_t period_id = 0;
  std::string organisation;  // the owner organisation ("" for every owner)
  Subject subject;           // the report, when the event is about one
  std::string comment;       // the secretariat's comment on a return
  std::string actor;         // who caused it
};

// Called inside the caller's write transaction. Writes the event's mails to
// the outbox: the round opened (the organisation's expected reports and
// the deadline) and a returned report (with the comment) to the
// organisation's reporting contacts; when a submission makes all of the
// organisation's reports in, "all reports are in" to the secretariat. An
// accepted report sends nothing.
void EnqueueRoundMail(SqlConnection& conn, const RoundMail& mail);
// The same when the caller has the period and its strategy at hand.
void EnqueueRoundMail(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period,
                      const RoundMail& mail);

// The scheduler of the round's mail at `now` (Unix seconds): for every open
// period with a deadline, each owner organisation with open reports gets
// the latest due step of the period's reminder schedule, and once per Oslo
// day from 07:00 a digest of its open reports over all open periods.
// Idempotency keys make a repeated call (every minute, from several
// servers) add nothing.
void EnqueueDueRoundMail(SqlConnection& conn, int64_t now);

}  // namespace fremdrift
