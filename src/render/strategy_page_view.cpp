#include "render/strategy_page_view.h"

#include "domain/plan_tree.h"
#include "render/latest_status_view.h"
#include "render/strategy_view.h"
#include "render/url_for.h"

namespace fremdrift {

mstch::map StrategyPageView(const Strategy& strategy, const std::vector<PlanItem>& items,
                            const PlanNames& names, const std::optional<StatusReport>& latest,
                            const Catalogue& t) {
  mstch::array tree = PlanTreeView(BuildPlanTree(items), strategy, names, t, 2);
  AddLatestStatus(tree, latest, t);
  mstch::array crumbs{
      mstch::map{{"text", t.Text("nav_home")}, {"url", UrlFor(routes::kHome)}, {"current", false}},
      mstch::map{{"text", strategy.name}, {"url", UrlFor(routes::kStrategy, strategy.key)}, {"current", true}},
  };
  return mstch::map{
      {"strategy", StrategyView(strategy, t)},
      {"breadcrumbs", crumbs},
      {"has_tree", !tree.empty()},
      {"tree", tree},
      {"latest", LatestStatusSummary(latest, t)},
  };
}

}  // namespace fremdrift
