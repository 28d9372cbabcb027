#include "app/rollup_suggestion.h"

#include <functional>

#include "app/assessed_subject.h"
#include "app/indicator_series.h"
#include "app/status_scales.h"
#include "storage/indicator_store.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"

namespace fremdrift {
namespace {

// The worst status the achievements of an indicator's national `series`
// suggest on `scale`; "" when it has none.
std::string WorstAchievementStatus(const IndicatorSeries& series, const StatusScale& scale) {
  std::string worst;
  for (const auto& ach : series.achievements) {
    std::string st = StatusForAchievement(ach.status, scale);
    if (worst.empty() || scale.Rank(st).value_or(-1) > scale.Rank(worst).value_or(-1)) worst = st;
  }
  return worst;
}

// The suggestion for `self` (none: the strategy as a whole) from the
// statuses of `children` (`status_of` an item key; "" when not assessed)
// and the worst achievement (`worst_of`) of each indicator `serving` self.
std::optional<Suggestion> Suggest(const Strategy& strategy, const StatusScale& scale,
                                  const std::optional<PlanItem>& self,
                                  const std::vector<const PlanItem*>& children,
                                  const std::function<std::string(const std::string&)>& status_of,
                                  const std::vector<Indicator>& serving,
                                  const std::function<std::string(const Indicator&)>& worst_of) {
  std::vector<RollupInput> inputs;
  const bool weighted = strategy.rollup_rule == "weighted";
  for (const PlanItem* in_list : children) {
    const PlanItem& child = *in_list;
    std::string status = status_of(child.key);
    std::string label = strategy.LevelName(child.level) + " " + (child.code.empty() ? child.title : child.code);
    inputs.push_back({label, status.empty() ? std::string(kNotAssessed) : status,
                      weighted ? child.rollup_weight : 1.0});
  }
  if (self) {
    for (const auto& ind : serving) {
      std::string worst = worst_of(ind);
      if (!worst.empty()) inputs.push_back({ind.name, worst, 1.0});
    }
  }
  if (inputs.empty()) return std::nullopt;
  return SuggestStatus(inputs, RollupRuleFromKey(strategy.rollup_rule).value_or(RollupRule::kWorstOf), scale);
}

}  // namespace

std::optional<Suggestion> SuggestFor(SqlConnection& conn, const Strategy& strategy,
                                     const ReportingPeriod& period, const Subject& subject) {
  return SuggestFor(conn, strategy, period, ReadAssessedSubject(conn, strategy, subject));
}

std::optional<Suggestion> SuggestFor(SqlConnection& conn, const Strategy& strategy,
                                     const ReportingPeriod& period, const AssessedSubject& read) {
  if (read.subject.kind == SubjectKind::kIndicator) return std::nullopt;
  if (read.subject.kind == SubjectKind::kItem && !read.item) return std::nullopt;
  PlanItemStore items(conn);
  const std::optional<PlanItem>& self = read.item;
  auto children = items.ListChildren(strategy.id, self ? std::optional<int64_t>(self->id) : std::nullopt);
  PeriodStore periods(conn);
  std::vector<Indicator> serving;
  if (self) serving = IndicatorStore(conn).ServingItem(self->id, ListScope::kAll);
  const StatusScale scale = StatusScaleOf(conn, strategy);
  std::vector<const PlanItem*> child_list;
  for (const auto& child : children) child_list.push_back(&child);
  return Suggest(
      strategy, scale, self, child_list,
      [&](const std::string& key) {
        auto a = periods.FindAssessment(period.id, {SubjectKind::kItem, key});
        return a ? a->status : std::string();
      },
      serving, [&](const Indicator& ind) { return WorstAchievementStatus(ReadSeries(conn, ind, {}), scale); });
}

RollupSuggester::RollupSuggester(SqlConnection& conn, const Strategy& strategy,
                                 const ReportingPeriod& period)
    : strategy_(strategy), scale_(StatusScaleOf(conn, strategy)), own_items_(PlanItemStore(conn).List(strategy.id)) {
  Read(conn, own_items_, PeriodStore(conn).Assessments(period.id), nullptr);
}

RollupSuggester::RollupSuggester(SqlConnection& conn, const Strategy& strategy, const std::vector<PlanItem>& items,
                                 const std::vector<Assessment>& assessments, const std::vector<int64_t>* asked)
    : strategy_(strategy), scale_(StatusScaleOf(conn, strategy)) {
  Read(conn, items, assessments, asked);
}

void RollupSuggester::Read(SqlConnection& conn, const std::vector<PlanItem>& items,
                           const std::vector<Assessment>& assessments, const std::vector<int64_t>* asked) {
  const Strategy& strategy = strategy_;
  for (const auto& item : items) {
    by_key_[item.key] = &item;
    children_[item.parent_id].push_back(&item);
  }
  for (const auto& a : assessments) {
    if (a.subject.kind == SubjectKind::kItem) item_status_[a.subject.key] = a.status;
  }
  // Every indicator with the items of this strategy it serves, read once
  // (in code order, as IndicatorStore::ServingItem gives them).
  std::vector<Indicator> serving;
  IndicatorStore store(conn);
  for (auto& ind : asked ? store.ServingItems(*asked, ListScope::kAll) : store.List(ListScope::kAll)) {
    bool serves = false;
    for (const auto& served : ind.serves) {
      if (served.strategy != strategy.key) continue;
      serving_[served.item].push_back(ind);
      serves = true;
    }
    if (serves) serving.push_back(std::move(ind));
  }
  // Their achievements, read together (app/indicator_series.h).
  auto series = ReadNationalSeries(conn, serving);
  for (size_t i = 0; i < serving.size(); ++i) worst_[serving[i].id] = WorstAchievementStatus(series[i], scale_);
}

std::optional<Suggestion> RollupSuggester::For(const Subject& subject) {
  if (subject.kind == SubjectKind::kIndicator) return std::nullopt;
  std::optional<PlanItem> self;
  if (subject.kind == SubjectKind::kItem) {
    auto found = by_key_.find(subject.key);
    if (found == by_key_.end()) return std::nullopt;
    self = *found->second;
  }
  auto children = children_.find(self ? std::optional<int64_t>(self->id) : std::nullopt);
  static const std::vector<const PlanItem*> kNone;
  static const std::vector<Indicator> kNoIndicators;
  auto serving = self ? serving_.find(self->key) : serving_.end();
  return Suggest(
      strategy_, scale_, self, children == children_.end() ? kNone : children->second,
      [&](const std::string& key) {
        auto status = item_status_.find(key);
        return status == item_status_.end() ? std::string() : status->second;
      },
      serving == serving_.end() ? kNoIndicators : serving->second,
      [&](const Indicator& ind) { return worst_.at(ind.id); });
}

}  // namespace fremdrift
