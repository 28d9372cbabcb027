#include "render/home_view.h"

#include <algorithm>

#include "render/item_view.h"
#include "render/strategy_view.h"

namespace fremdrift {

mstch::map HomeView(const std::vector<StrategyWithGoals>& strategies, const PlanNames& names,
                    const Catalogue& t) {
  std::vector<const StrategyWithGoals*> order;
  for (const auto& s : strategies) order.push_back(&s);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return a->strategy.period_start > b->strategy.period_start;
  });
  mstch::array list;
  for (const auto* s : order) {
    mstch::map view = StrategyView(s->strategy, t);
    mstch::array goals;
    for (const auto& g : s->goals) goals.push_back(ItemView(g, s->strategy, names, t));
    view["has_goals"] = !goals.empty();
    view["goals"] = goals;
    std::string level = s->strategy.LevelName(1);
    view["goals_label"] = level.empty() ? t.Text("home_goals") : level;
    list.push_back(view);
  }
  return mstch::map{{"has_strategies", !list.empty()}, {"strategies", list}};
}

}  // namespace fremdrift
