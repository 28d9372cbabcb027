#include "app/visibility.h"

#include <algorithm>

#include "domain/failure.h"
#include "domain/health_app_register.h"
#include "domain/minutes_rules.h"
#include "storage/app_evaluation_store.h"
#include "storage/audit_log.h"
#include "storage/health_app_store.h"
#include "storage/indicator_store.h"
#include "storage/minutes_store.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

bool MaySee(const Viewer& v, const Strategy& s) { return v.signed_in() || s.published; }

bool MaySeeIndicator(const Viewer& v, bool published) { return v.signed_in() || published; }

bool MaySee(const Viewer& v, const Indicator& ind) { return MaySeeIndicator(v, ind.published); }

bool MaySee(const Viewer& v, const Strategy& s, const ReportingPeriod& p) {
  return v.signed_in() || (s.published && IsPublic(p));
}

bool MaySee(const Viewer& v, const PeriodAssessment& a, bool strategy_published) {
  return v.signed_in() ||
         (strategy_published && a.period_state == PeriodStateKey(PeriodState::kPublished));
}

bool MaySeeRisksAndBenefits(const Viewer& v) { return v.signed_in(); }

bool MaySeeAuditOf(const Viewer& v, std::string_view entity) {
  // People: their names, roles and client addresses.
  static const std::vector<std::string_view> kAdminsOnly = {"user", "session", "sign_in", "api_token"};
  if (std::find(kAdminsOnly.begin(), kAdminsOnly.end(), entity) != kAdminsOnly.end()) return v.admin();
  return true;
}

Visibility::Visibility(SqlConnection& conn, Viewer viewer) : conn_(conn), viewer_(viewer) {}

std::optional<Strategy> Visibility::StrategyByKey(const std::string& key) {
  auto it = strategies_.find(key);
  if (it == strategies_.end()) it = strategies_.emplace(key, StrategyStore(conn_).FindByKey(key)).first;
  return it->second;
}

Strategy Visibility::FindStrategy(const std::string& id_or_key) {
  bool digits = !id_or_key.empty() && id_or_key.size() < 18 &&
                id_or_key.find_first_not_of("0123456789") == std::string::npos;
  auto s = digits ? StrategyStore(conn_).FindById(std::stoll(id_or_key)) : StrategyByKey(id_or_key);
  if (!s || !MaySee(viewer_, *s)) {
    throw Failure(FailureCode::kNotFound, "no strategy '" + id_or_key + "'", "strategy");
  }
  return *s;
}

std::vector<Strategy> Visibility::Strategies() {
  std::vector<Strategy> out;
  for (auto& s : StrategyStore(conn_).List(ListScope::kAll)) {
    if (MaySee(viewer_, s)) out.push_back(std::move(s));
  }
  return out;
}

std::vector<ReportingPeriod> Visibility::Periods(const Strategy& strategy) {
  std::vector<ReportingPeriod> out;
  for (auto& p : PeriodStore(conn_).List(strategy.id)) {
    if (MaySee(viewer_, strategy, p)) out.push_back(std::move(p));
  }
  return out;
}

PlanItem Visibility::FindItem(int64_t id) {
  if (auto item = PlanItemStore(conn_).FindById(id)) {
    auto s = StrategyStore(conn_).FindById(item->strategy_id);
    if (s && MaySee(viewer_, *s)) return *item;
  }
  throw Failure(FailureCode::kNotFound, "no plan item with id " + std::to_string(id));
}

Indicator Visibility::FindIndicator(const std::string& code) {
  auto ind = IndicatorStore(conn_).FindByCode(code);
  if (!ind || !MaySee(viewer_, *ind)) throw Failure(FailureCode::kNotFound, "no indicator '" + code + "'", "code");
  return *ind;
}

std::vector<Indicator> Visibility::Indicators() {
  std::vector<Indicator> out;
  for (auto& ind : IndicatorStore(conn_).List(ListScope::kAll)) {
    // Every indicator is read here: IndicatorSeen needs no look-up after.
    indicators_[ind.code] = MaySee(viewer_, ind);
    if (MaySee(viewer_, ind)) out.push_back(std::move(ind));
  }
  return out;
}

bool Visibility::StrategySeen(const std::string& key) {
  auto s = StrategyByKey(key);
  return s && MaySee(viewer_, *s);
}

bool Visibility::ItemSeen(const std::string& strategy_key, const std::string& item_key) {
  auto s = StrategyByKey(strategy_key);
  if (!s || !MaySee(viewer_, *s)) return false;
  auto keys = item_keys_.find(s->id);
  if (keys == item_keys_.end()) keys = item_keys_.emplace(s->id, PlanItemStore(conn_).KeysOf(s->id)).first;
  return keys->second->count(item_key) > 0;
}

bool Visibility::IndicatorSeen(const std::string& code) {
  auto it = indicators_.find(code);
  if (it == indicators_.end()) {
    // Its stamp, one row, not the whole indicator with its targets.
    auto stamp = IndicatorStore(conn_).Stamp(code);
    it = indicators_.emplace(code, stamp && MaySeeIndicator(viewer_, stamp->published)).first;
  }
  return it->second;
}

void Visibility::LearnIndicators(const std::set<std::string>& codes) {
  std::set<std::string> unknown;
  for (const auto& code : codes) {
    if (!code.empty() && !indicators_.count(code)) unknown.insert(code);
  }
  if (unknown.empty()) return;
  auto stamps = IndicatorStore(conn_).StampsOf(unknown);
  for (const auto& code : unknown) {
    auto it = stamps.find(code);
    indicators_[code] = it != stamps.end() && MaySeeIndicator(viewer_, it->second.published);
  }
}

bool Visibility::PeriodSeen(const std::string& strategy_key, const std::string& period_code) {
  auto s = StrategyByKey(strategy_key);
  if (!s) return false;
  auto p = PeriodStore(conn_).Find(s->id, period_code);
  return p && MaySee(viewer_, *s, *p);
}

bool Visibility::AssessmentSeen(const PeriodAssessment& a) {
  if (viewer_.signed_in()) return true;
  auto s = StrategyByKey(a.strategy);
  return s && MaySee(viewer_, a, s->published);
}

bool Visibility::LinkSeen(const CaseLink& link) {
  if (viewer_.signed_in()) return true;
  auto slash = link.reference.find('/');
  std::string first = slash == std::string::npos ? "" : link.reference.substr(0, slash);
  std::string second = slash == std::string::npos ? "" : link.reference.substr(slash + 1);
  if (link.kind == "plan_item") return ItemSeen(first, second);
  if (link.kind == "report" || link.kind == "reporting_period") return PeriodSeen(first, second);
  if (link.kind == "indicator") return IndicatorSeen(link.reference);
  if (link.kind == "health_app") return HealthAppOnRegister(link.reference);
  return true;
}

bool Visibility::HealthAppOnRegister(const std::string& key) {
  auto app = HealthAppStore(conn_).FindByKey(key);
  if (!app) return false;
  auto evaluations = AppEvaluationStore(conn_).List(app->id);
  return std::any_of(evaluations.begin(), evaluations.end(), [](const Evaluation& e) { return OnPublicRegister(e); });
}

const std::optional<ApprovedMinutesVersion>& Visibility::ApprovedVersionOf(int64_t meeting_id) {
  auto it = approved_versions_.find(meeting_id);
  if (it != approved_versions_.end()) return it->second;
  std::optional<ApprovedMinutesVersion> version;
  if (auto m = MinutesStore(conn_).Find(meeting_id); m && !MinutesArePublic(m->state)) version = m->approved_version;
  return approved_versions_.emplace(meeting_id, std::move(version)).first->second;
}

Case Visibility::Seen(Case c) {
  std::erase_if(c.links, [&](const CaseLink& l) { return !LinkSeen(l); });
  if (viewer_.signed_in()) return c;
  // While approved minutes are corrected, the public reads the decision as
  // they were approved, not one changed since.
  for (int64_t meeting : {c.postponed_to.value_or(c.meeting_id), c.meeting_id}) {
    const auto& version = ApprovedVersionOf(meeting);
    if (!version) continue;
    for (const auto& mc : version->cases) {
      if (mc.case_id != c.id || mc.decision.empty()) continue;
      c.decision = mc.decision;
      return c;
    }
  }
  return c;
}

PortfolioItem Visibility::Seen(PortfolioItem item) {
  std::erase_if(item.serves_items, [&](const PlanItemRef& r) { return !ItemSeen(r.strategy, r.item); });
  std::erase_if(item.serves_indicators, [&](const std::string& code) { return !IndicatorSeen(code); });
  return item;
}

Indicator Visibility::Seen(Indicator ind) {
  std::erase_if(ind.serves, [&](const ServedItem& s) { return !ItemSeen(s.strategy, s.item); });
  // A ratio's or part's hidden components are not named; its own figures
  // are public with it.
  for (std::string* code : {&ind.numerator, &ind.denominator, &ind.parent}) {
    if (!code->empty() && !IndicatorSeen(*code)) code->clear();
  }
  return ind;
}

std::vector<PeriodAssessment> Visibility::Seen(const std::vector<PeriodAssessment>& list) {
  std::vector<PeriodAssessment> out;
  for (const auto& a : list) {
    if (AssessmentSeen(a)) out.push_back(a);
  }
  return out;
}

std::vector<AuditEntry> Visibility::Seen(const std::vector<AuditEntry>& entries) {
  std::vector<AuditEntry> out;
  for (const auto& e : entries) {
    if (MaySeeAuditOf(viewer_, e.entity)) out.push_back(e);
  }
  return out;
}

Strategy VisibleStrategy(SqlConnection& conn, const std::optional<User>& user, const std::string& id_or_key) {
  return Visibility(conn, Viewer::Of(user)).FindStrategy(id_or_key);
}

std::vector<Strategy> VisibleStrategies(SqlConnection& conn, const std::optional<User>& user) {
  return Visibility(conn, Viewer::Of(user)).Strategies();
}

PlanItem VisibleItem(SqlConnection& conn, const std::optional<User>& user, int64_t id) {
  return Visibility(conn, Viewer::Of(user)).FindItem(id);
}

std::vector<AuditEntry> Visibility::History(const std::string& entity, const std::string& id, int limit) {
  return Seen(AuditLog(conn_).List(entity, id, limit));
}

}  // namespace fremdrift
