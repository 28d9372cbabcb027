// The one visibility rule: who may see which strategy, plan item,
// indicator, reporting period, portfolio assessment, case link and audit
// entry. Every reader (API, pages, downloads, reports, calendars) asks here
// and nowhere else.
//
// The rule (docs/security.md, "What the public may see"):
// - The public (no session, no token) sees published strategies and their
//   items, published indicators, and the published reporting periods of
//   published strategies with their assessments. Nothing of the rest exists
//   for it: not a name, key, title, figure or comment, on any route or in
//   any format. Links from public objects to hidden ones are left out.
// - Every signed-in user (reader, editor or admin, of any organisation)
//   sees all strategies, items, indicators and periods.
// - The audit entries of people (users, sessions, sign-ins, API tokens:
//   names, roles and client addresses) are for admins only.
// - Risks and benefits are for signed-in users only: they are working
//   records and may concern items of unpublished strategies.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/audit_entry.h"
#include "domain/indicator.h"
#include "domain/minutes.h"
#include "domain/plan_item.h"
#include "domain/portfolio_assessment.h"
#include "domain/portfolio_item.h"
#include "domain/reporting_period.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Who is looking.
class Viewer {
 public:
  // Nobody signed in.
  static Viewer Public() { return Viewer(false, false); }
  // The user signed in, or the public when there is none.
  static Viewer Of(const std::optional<User>& user) {
    return Viewer(user.has_value(), user && user->role == Role::kAdmin);
  }
  // Someone who sees every record: the command line, a signed-in form.
  static Viewer Internal() { return Viewer(true, false); }

  bool signed_in() const { return signed_in_; }
  bool admin() const { return admin_; }

 private:
  Viewer(bool signed_in, bool admin) : signed_in_(signed_in), admin_(admin) {}
  bool signed_in_;
  bool admin_;
};

// The rule on single records (no look-ups).
bool MaySee(const Viewer& v, const Strategy& s);
bool MaySee(const Viewer& v, const Indicator& ind);
// An indicator known only by whether it is published (a download's cheap
// lookup).
bool MaySeeIndicator(const Viewer& v, bool published);
// A period is seen only with its strategy.
bool MaySee(const Viewer& v, const Strategy& s, const ReportingPeriod& p);
// A portfolio assessment is seen with its period: that of strategy
// `strategy_published`.
bool MaySee(const Viewer& v, const PeriodAssessment& a, bool strategy_published);
// Whether the risks and benefits (the risk register, benefits realisation)
// may be seen at all: by signed-in viewers only.
bool MaySeeRisksAndBenefits(const Viewer& v);
// Whether the audit entries of `entity` may be seen, by those the route
// lets read the log at all: those of people ("user", "session", "sign_in",
// "api_token") by admins only.
bool MaySeeAuditOf(const Viewer& v, std::string_view entity);

// The rule where a record must be looked up: bound to one connection and
// one viewer, for one request. Each lookup is made once.
class Visibility {
 public:
  Visibility(SqlConnection& conn, Viewer viewer);

  const Viewer& viewer() const { return viewer_; }

  // The strategy with this id (digits) or key; kNotFound when there is none
  // or the viewer may not see it (so hidden ones are not revealed).
  Strategy FindStrategy(const std::string& id_or_key);
  // The strategies the viewer may see.
  std::vector<Strategy> Strategies();
  // The periods of `strategy` the viewer may see, in the order of their
  // codes.
  std::vector<ReportingPeriod> Periods(const Strategy& strategy);
  // The plan item with this id; kNotFound unless its strategy is seen.
  PlanItem FindItem(int64_t id);
  // The indicator with this code; kNotFound when hidden.
  Indicator FindIndicator(const std::string& code);
  // The indicators the viewer may see.
  std::vector<Indicator> Indicators();

  // By reference, as other records name them; false when there is no such
  // record.
  bool StrategySeen(const std::string& key);
  bool ItemSeen(const std::string& strategy_key, const std::string& item_key);
  bool IndicatorSeen(const std::string& code);
  // Learns in one read whether each of `codes` is seen, so that
  // IndicatorSeen reads nothing more for them (the indicators a list's
  // ratios and parts name).
  void LearnIndicators(const std::set<std::string>& codes);
  bool PeriodSeen(const std::string& strategy_key, const std::string& period_code);
  bool AssessmentSeen(const PeriodAssessment& a);
  // A case's link to a plan item, period, report or indicator is seen when
  // its target is, one to a health app when the app is on the public
  // register; links of other kinds point at public records.
  bool LinkSeen(const CaseLink& link);
  // Whether the health app `key` is on the public register (an evaluation
  // of it is, domain/health_app_register.h).
  bool HealthAppOnRegister(const std::string& key);

  // The records as the viewer sees them, their references to hidden
  // records left out. A case whose meeting's approved minutes are being
  // corrected shows the public the decision as they were approved.
  Case Seen(Case c);
  PortfolioItem Seen(PortfolioItem item);
  Indicator Seen(Indicator ind);
  std::vector<PeriodAssessment> Seen(const std::vector<PeriodAssessment>& list);
  std::vector<AuditEntry> Seen(const std::vector<AuditEntry>& entries);
  // The newest `limit` audit entries of one record (`entity`, `id`), newest
  // first, as the viewer sees them; an empty `entity` or `id` does not
  // filter (the audit log's API lists them all).
  std::vector<AuditEntry> History(const std::string& entity, const std::string& id, int limit);

 private:
  std::optional<Strategy> StrategyByKey(const std::string& key);
  // The approved version a correction of meeting `meeting_id`'s minutes
  // set aside, read once per meeting.
  const std::optional<ApprovedMinutesVersion>& ApprovedVersionOf(int64_t meeting_id);

  SqlConnection& conn_;
  Viewer viewer_;
  std::map<std::string, std::optional<Strategy>> strategies_;
  std::map<std::string, bool> indicators_;
  // Each strategy's item keys, read once per strategy (ItemSeen is asked
  // for every link and served item on a page).
  std::map<int64_t, std::shared_ptr<const std::set<std::string>>> item_keys_;
  std::map<int64_t, std::optional<ApprovedMinutesVersion>> approved_versions_;
};

// Shorthands for one lookup on behalf of `user` (or the public).
Strategy VisibleStrategy(SqlConnection& conn, const std::optional<User>& user, const std::string& id_or_key);
std::vector<Strategy> VisibleStrategies(SqlConnection& conn, const std::optional<User>& user);
PlanItem VisibleItem(SqlConnection& conn, const std::optional<User>& user, int64_t id);

}  // namespace fremdrift
