#include "app/round_mail_hook.h"

#include <algorithm>
#include <chrono>

#include "app/reporting_round.h"
#include "app/round_mail.h"
#include "storage/organisation_store.h"
#include "storage/period_store.h"
#include "storage/round_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

void EnqueueRoundMail(SqlConnection& conn, const RoundMail& mail) {
  if (mail.event == RoundEvent::kReportAccepted || mail.organisation.empty()) return;
  auto period = PeriodStore(conn).FindById(mail.period_id);
  if (!period) return;
  auto strategy = StrategyStore(conn).FindById(period->strategy_id);
  if (!strategy) return;
  auto org = OrganisationStore(conn).FindByShortName(mail.organisation);
  if (!org) return;
  std::string deadline = RoundStore(conn).Settings(period->id).deadline;
  if (deadline.size() > 10) deadline[10] = ' ';  // "YYYY-MM-DD HH:MM"
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
  // The organisation's expected reports, in their state after the event.
  std::vector<MailItem> items;
  std::optional<MailItem> subject;
  std::string latest;  // the latest change among them, to tell occasions apart
  bool all_in = true;
  for (const auto& r : ExpectedReports(conn, *strategy, *period)) {
    if (std::find(r.owners.begin(), r.owners.end(), mail.organisation) == r.owners.end()) continue;
    MailItem item{r.code.empty() ? r.subject.key : r.code, r.title, std::string(ReportStateKey(r.state)), period->code};
    items.push_back(item);
    all_in = all_in && IsIn(r.state);
    latest = std::max(latest, r.changed_at + "/" + std::to_string(r.version));
    if (r.subject == mail.subject) subject = item;
  }
  RoundMailOrganisation recipient{org->short_name, org->name};
  switch (mail.event) {
    case RoundEvent::kRoundOpened:
      MailRoundOpened(conn, period->code, deadline, recipient, items, now);
      break;
    case RoundEvent::kReportReturned:
      if (subject) {
        auto record = RoundStore(conn).Find(period->id, mail.subject);
        MailReportReturned(conn, period->code, deadline, recipient, *subject, mail.comment,
                           std::to_string(record ? record->version : 0), now);
      }
      break;
    case RoundEvent::kReportSubmitted:
      if (all_in && !items.empty()) MailAllReportsIn(conn, period->code, recipient, items, latest, now);
      break;
    case RoundEvent::kReportAccepted:
      break;
  }
}

}  // namespace fremdrift
