#include "app/round_mail_hook.h"

#include <algorithm>
#include <map>

#include "app/follow_up_service.h"
#include "app/minutes_queries.h"
#include "app/reporting_round.h"
#include "app/round_mail.h"
#include "domain/oslo_time.h"
#include "storage/organisation_store.h"
#include "storage/period_store.h"
#include "storage/round_store.h"
#include "storage/strategy_store.h"
#include "storage/system_clock.h"

namespace fremdrift {
namespace {

// The hour (Oslo time) from which the day's digest goes out.
constexpr int kDigestHour = 7;

MailItem ItemOf(const ExpectedReport& r, const std::string& period) {
  return {r.code, r.title, std::string(ReportStateKey(r.state)), period};
}

RoundMailOrganisation OrganisationOf(SqlConnection& conn, const std::string& short_name) {
  auto org = OrganisationStore(conn).FindByShortName(short_name);
  return {short_name, org ? org->name : short_name};
}

}  // namespace

void EnqueueRoundMail(SqlConnection& conn, const RoundMail& mail) {
  auto period = PeriodStore(conn).FindById(mail.period_id);
  if (!period) return;
  auto strategy = StrategyStore(conn).FindById(period->strategy_id);
  if (!strategy) return;
  EnqueueRoundMail(conn, *strategy, *period, mail);
}

void EnqueueRoundMail(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period,
                      const RoundMail& mail) {
  if (mail.event == RoundEvent::kReportAccepted) return;  // no mail: the owner sees it on /oppgaver
  std::vector<ExpectedReport> own = ExpectedReportsOwnedBy(conn, strategy, period, mail.organisation);
  // A submission mails only when it makes all of the organisation's
  // reports in; most do not, and read nothing more.
  if (mail.event == RoundEvent::kReportSubmitted &&
      (own.empty() || !std::all_of(own.begin(), own.end(), [](const ExpectedReport& r) { return IsIn(r.state); }))) {
    return;
  }
  std::vector<MailItem> items;
  for (const auto& r : own) items.push_back(ItemOf(r, period.code));
  auto report = std::find_if(own.begin(), own.end(),
                             [&](const ExpectedReport& r) { return r.subject == mail.subject; });
  // Tells one return or submission of a report from the next: the
  // stored record's version, which every change of state bumps.
  std::string occasion = report == own.end()
                             ? std::string("0")
                             : report->code + "-v" + std::to_string(report->version);
  RoundMailOrganisation org = OrganisationOf(conn, mail.organisation);
  int64_t now = SystemClock().NowUtcSeconds();
  switch (mail.event) {
    case RoundEvent::kRoundOpened:
      if (!items.empty()) MailRoundOpened(conn, period.code, RoundStore(conn).Settings(period.id).deadline, org, items, now);
      break;
    case RoundEvent::kReportReturned:
      if (report != own.end()) {
        MailReportReturned(conn, period.code, RoundStore(conn).Settings(period.id).deadline, org,
                           ItemOf(*report, period.code), mail.comment, occasion, now);
      }
      break;
    case RoundEvent::kReportSubmitted:
      MailAllReportsIn(conn, period.code, org, items, occasion, now);
      break;
    case RoundEvent::kReportAccepted:
      break;
  }
}

void EnqueueDueRoundMail(SqlConnection& conn, int64_t now) {
  // Open items per organisation over every open period with a deadline.
  std::map<std::string, std::vector<MailItem>> digest;
  for (const auto& strategy : StrategyStore(conn).List(ListScope::kAll)) {
    for (const auto& period : PeriodStore(conn).List(strategy.id)) {
      if (period.state != PeriodState::kOpen) continue;
      RoundSettings settings = RoundStore(conn).Settings(period.id);
      auto deadline = ParseOsloDateTime(settings.deadline);
      if (!deadline) continue;
      std::map<std::string, std::vector<MailItem>> open;
      for (const auto& r : ExpectedReports(conn, strategy, period)) {
        if (!IsOpenTask(r.state)) continue;
        for (const auto& o : r.owners) open[o].push_back(ItemOf(r, period.code));
      }
      for (const auto& [short_name, items] : open) {
        RoundMailOrganisation org = OrganisationOf(conn, short_name);
        MailDueReminder(conn, period.code, settings.deadline, *deadline,
                        settings.reminders, org, items, now);
        auto& all = digest[short_name];
        all.insert(all.end(), items.begin(), items.end());
      }
    }
  }
  // The follow-up of decisions each organisation is responsible for:
  // named by the case ("NUIT 24/22") with no period.
  for (const auto& x : InContext(conn, AllActions(conn))) {
    if (!IsOpenAction(x.action.state)) continue;
    digest[x.action.organisation].push_back(
        {x.body.short_name + " " + CaseNumberLabel(x.item.number, x.item.year), x.action.description,
         "action_" + std::string(ActionStateKey(x.action.state)), ""});
  }
  for (const auto& [short_name, items] : digest) {
    MailDailyDigest(conn, OrganisationOf(conn, short_name), items, kDigestHour, now);
  }
}

}  // namespace fremdrift
