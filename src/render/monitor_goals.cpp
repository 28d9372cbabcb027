#include "render/monitor_goals.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/plan_tree.h"

namespace fremdrift {

MonitorGrouping GroupByGoal(const std::vector<Indicator>& indicators, const Strategy& strategy,
                            const std::vector<PlanItem>& items) {
  MonitorGrouping out;
  ItemsById by_id = IndexById(items);
  std::map<std::string, const PlanItem*> by_key;
  std::map<int64_t, size_t> goal_index;
  for (const auto& i : items) {
    by_key[i.key] = &i;
    if (TopAncestorOf(i, by_id) == &i) {  // a goal, or an orphan (domain/plan_tree.h)
      goal_index[i.id] = out.goals.size();
      out.goals.push_back(GoalIndicators{&i, {}});
    }
  }
  for (const auto& ind : indicators) {
    std::set<size_t> goals;
    for (const auto& served : ind.serves) {
      if (served.strategy != strategy.key) continue;
      auto it = by_key.find(served.item);
      if (it == by_key.end()) continue;
      auto g = goal_index.find(TopAncestorOf(*it->second, by_id)->id);
      if (g != goal_index.end()) goals.insert(g->second);
    }
    if (goals.empty()) out.others.push_back(&ind);
    for (size_t g : goals) out.goals[g].indicators.push_back(&ind);
  }
  return out;
}

std::optional<Strategy> NewestPublishedStrategy(const std::vector<Strategy>& strategies) {
  std::optional<Strategy> best;
  for (const auto& s : strategies) {
    if (!s.published) continue;
    if (!best || std::tie(best->period_start, best->period_end, best->key) <
                     std::tie(s.period_start, s.period_end, s.key)) {
      best = s;
    }
  }
  return best;
}

}  // namespace fremdrift
