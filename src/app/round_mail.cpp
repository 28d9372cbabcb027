#include "app/round_mail.h"

#include "app/mail_outbox.h"

namespace fremdrift {

int MailRoundOpened(SqlConnection& conn, const std::string& period, const std::string& deadline,
                    const RoundMailOrganisation& org, const std::vector<MailItem>& items,
                    int64_t now) {
  MailContent c{MailKind::kRoundOpened, org.name, period, deadline, 0, items, ""};
  return EnqueueForReportingContacts(conn, org.short_name,
                                     "opened:" + period + ":" + org.short_name, c, now);
}

int MailReportReturned(SqlConnection& conn, const std::string& period,
                       const std::string& deadline, const RoundMailOrganisation& org,
                       const MailItem& item, const std::string& comment,
                       const std::string& occasion, int64_t now) {
  MailContent c{MailKind::kReturned, org.name, period, deadline, 0, {item}, comment};
  return EnqueueForReportingContacts(
      conn, org.short_name, "returned:" + period + ":" + item.code + ":" + occasion, c, now);
}

int MailAllReportsIn(SqlConnection& conn, const std::string& period,
                     const RoundMailOrganisation& org, const std::vector<MailItem>& items,
                     const std::string& occasion, int64_t now) {
  MailContent c{MailKind::kAllReportsIn, org.name, period, "", 0, items, ""};
  return EnqueueForSecretariat(conn, "all-in:" + period + ":" + org.short_name + ":" + occasion, c,
                               now);
}

int MailDueReminder(SqlConnection& conn, const std::string& period, const std::string& deadline,
                    int64_t deadline_unix, const ReminderSchedule& schedule,
                    const RoundMailOrganisation& org, const std::vector<MailItem>& open_items,
                    int64_t now) {
  if (open_items.empty()) return 0;
  auto due = LatestDueReminder(now, deadline_unix, schedule);
  if (!due) return 0;
  MailContent c{MailKind::kReminder, org.name, period, deadline, due->days_left, open_items, ""};
  return EnqueueForReportingContacts(
      conn, org.short_name, "reminder:" + period + ":" + org.short_name + ":" + due->step, c, now);
}

int MailDailyDigest(SqlConnection& conn, const RoundMailOrganisation& org,
                    const std::vector<MailItem>& open_items, int send_hour, int64_t now) {
  if (open_items.empty()) return 0;
  auto day = DigestDay(now, send_hour);
  if (!day) return 0;
  std::string period = open_items.front().period;
  MailContent c{MailKind::kDigest, org.name, period, "", 0, open_items, ""};
  return EnqueueForReportingContacts(conn, org.short_name, "digest:" + org.short_name + ":" + *day,
                                     c, now);
}

}  // namespace fremdrift
