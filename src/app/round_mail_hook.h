// The point where the reporting round hands its events to the mail
// machinery (the outbox of issue 12, built separately). Every event is
// raised inside the transaction that causes it, so that a message written
// to the outbox there is committed with the change or not at all.
//
// EnqueueRoundMail writes the event's mails to the outbox through
// app/round_mail.h: "round opened" and "returned" to the owner's reporting
// contacts, "all reports are in" to the secretariat once the last of an
// organisation's reports is submitted. Accepting mails nobody.
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
