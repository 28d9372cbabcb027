// The point where the reporting round hands its events to the mail
// machinery (the outbox of issue 12, built separately). Every event is
// raised inside the transaction that causes it, so that a message written
// to the outbox there is committed with the change or not at all.
//
// Until the outbox is merged, EnqueueRoundMail only checks and describes
// the event; the mail helper replaces its body with a call to the outbox's
// enqueue function. Callers need not change.
#pragma once

#include <string>

#include "domain/assessment.h"
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

// Called inside the caller's write transaction.
void EnqueueRoundMail(SqlConnection& conn, const RoundMail& mail);

}  // namespace fremdrift
