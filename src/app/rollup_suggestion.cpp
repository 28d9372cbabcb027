#include "app/rollup_suggestion.h"

#include <functional>

#include "app/indicator_series.h"
#include "domain/strategy_scale.h"
#include "storage/indicator_store.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"

namespace fremdrift {
namespace {

// The suggestion for `self` (none: the strategy as a whole) from the
// statuses of `children` (`status_of` an item key; "" when not assessed)
// and the worst achievement of each indicator serving `self`.
std::optional<Suggestion> Suggest(SqlConnection& conn, const Strategy& strategy,
                                  const std::optional<PlanItem>& self,
                                  const std::vector<PlanItem>& children,
                                  const std::function<std::string(const std::string&)>& status_of) {
  StatusScale scale = ScaleOf(strategy);
  std::vector<RollupInput> inputs;
  const bool weighted = strategy.rollup_rule == "weighted";
  for (const auto& child : children) {
    std::string status = status_of(child.key);
    std::string label = strategy.LevelName(child.level) + " " + (child.code.empty() ? child.title : child.code);
    inputs.push_back({label, status.empty() ? std::string(kNotAssessed) : status,
                      weighted ? child.rollup_weight : 1.0});
  }
  if (self) {
    for (const auto& ind : IndicatorStore(conn).ServingItem(self->id, ListScope::kAll)) {
      auto series = ReadSeries(conn, ind, {});
      std::string worst;
      for (const auto& ach : series.achievements) {
        std::string st = StatusForAchievement(ach.status, scale);
        if (worst.empty() || scale.Rank(st).value_or(-1) > scale.Rank(worst).value_or(-1)) worst = st;
      }
      if (!worst.empty()) inputs.push_back({ind.name, worst, 1.0});
    }
  }
  if (inputs.empty()) return std::nullopt;
  return SuggestStatus(inputs, RollupRuleFromKey(strategy.rollup_rule).value_or(RollupRule::kWorstOf), scale);
}

}  // namespace

std::optional<Suggestion> SuggestFor(SqlConnection& conn, const Strategy& strategy,
                                     const ReportingPeriod& period, const Subject& subject) {
  if (subject.kind == SubjectKind::kIndicator) return std::nullopt;
  PlanItemStore items(conn);
  std::optional<PlanItem> self;
  if (subject.kind == SubjectKind::kItem) {
    self = items.FindByKey(strategy.id, subject.key);
    if (!self) return std::nullopt;
  }
  auto children = items.ListChildren(strategy.id, self ? std::optional<int64_t>(self->id) : std::nullopt);
  PeriodStore periods(conn);
  return Suggest(conn, strategy, self, children, [&](const std::string& key) {
    auto a = periods.FindAssessment(period.id, {SubjectKind::kItem, key});
    return a ? a->status : std::string();
  });
}

RollupSuggester::RollupSuggester(SqlConnection& conn, const Strategy& strategy,
                                 const ReportingPeriod& period)
    : conn_(conn), strategy_(strategy), items_(PlanItemStore(conn).List(strategy.id)) {
  for (const auto& item : items_) {
    by_key_[item.key] = &item;
    children_[item.parent_id].push_back(item);
  }
  for (const auto& a : PeriodStore(conn).Assessments(period.id)) {
    if (a.subject.kind == SubjectKind::kItem) item_status_[a.subject.key] = a.status;
  }
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
  static const std::vector<PlanItem> kNone;
  return Suggest(conn_, strategy_, self, children == children_.end() ? kNone : children->second,
                 [&](const std::string& key) {
                   auto status = item_status_.find(key);
                   return status == item_status_.end() ? std::string() : status->second;
                 });
}

}  // namespace fremdrift
