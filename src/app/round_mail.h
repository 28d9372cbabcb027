// The mails of a reporting round, one function per event, for the round's
// use cases and its scheduler to call inside their write transaction (see
// app/mail_outbox.h). Each builds the mail's facts from plain data and
// chooses its idempotency key, so that calling it again for the same
// event, step or day adds nothing:
//
//   opened:<period>:<org>                 the round was opened
//   returned:<period>:<item>:<occasion>   a report was returned
//   all-in:<period>:<org>:<occasion>      all of an organisation's reports are in
//   reminder:<period>:<org>:<step>        a reminder step (domain/reminder_schedule.h)
//   digest:<org>:<oslo date>              the daily digest
//
// each followed by ":user:<id>" of the recipient. Organisations are named
// by short name (`org`) for keys and recipients and by `org_name` in the
// text. `deadline` is Oslo time "YYYY-MM-DD HH:MM". Each returns the
// number of mails added.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/mail_message.h"
#include "domain/mail_schedule.h"
#include "domain/reminder_schedule.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct RoundMailOrganisation {
  std::string short_name;
  std::string name;
};

// To the organisation's reporting contacts: the period is open, these
// `items` are expected by `deadline`.
int MailRoundOpened(SqlConnection& conn, const std::string& period, const std::string& deadline,
                    const RoundMailOrganisation& org, const std::vector<MailItem>& items,
                    int64_t now);

// To the organisation's reporting contacts: `item` was returned with the
// secretariat's `comment`. `occasion` tells one return of the item from
// the next (e.g. the audit entry's id).
int MailReportReturned(SqlConnection& conn, const std::string& period,
                       const std::string& deadline, const RoundMailOrganisation& org,
                       const MailItem& item, const std::string& comment,
                       const std::string& occasion, int64_t now);

// To the secretariat: the organisation has submitted all its `items` for
// the period. `occasion` as above (all may come in again after a return).
int MailAllReportsIn(SqlConnection& conn, const std::string& period,
                     const RoundMailOrganisation& org, const std::vector<MailItem>& items,
                     const std::string& occasion, int64_t now);

// To the organisation's reporting contacts who did not opt out: the
// latest due reminder step of `schedule` at `now`, listing `open_items`
// (the ones not submitted or returned). Nothing when no step is due or
// nothing is open. `deadline_unix` is the deadline as Unix seconds.
int MailDueReminder(SqlConnection& conn, const std::string& period, const std::string& deadline,
                    int64_t deadline_unix, const ReminderSchedule& schedule,
                    const RoundMailOrganisation& org, const std::vector<MailItem>& open_items,
                    int64_t now);

// To the organisation's reporting contacts who did not opt out: once per
// Oslo day from `send_hour` o'clock, the organisation's open items over
// all open periods (MailItem::period says which). Nothing when none.
int MailDailyDigest(SqlConnection& conn, const RoundMailOrganisation& org,
                    const std::vector<MailItem>& open_items, int send_hour, int64_t now);

}  // namespace fremdrift
