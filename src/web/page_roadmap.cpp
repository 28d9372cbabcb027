#include "web/page_roadmap.h"

#include <set>

#include "app/strategy_items.h"
#include "domain/plan_tree.h"
#include "storage/system_clock.h"
#include "app/plan_dependency_service.h"
#include "web/page_frame.h"
#include "web/page_plan_names.h"
#include "web/page_roadmap_query.h"
#include "render/roadmap_overview.h"
#include "app/visibility.h"

namespace fremdrift {

Response RoadmapPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  RoadmapQuery query = ParseRoadmapQuery(ctx);
  auto visible = VisibleStrategies(ctx.db(), ctx.user());
  std::optional<Strategy> strategy;
  if (!query.strategy.empty()) {
    strategy = VisibleStrategy(ctx.db(), ctx.user(), query.strategy);
  } else {
    strategy = DefaultRoadmapStrategy(visible);
  }
  if (!strategy) return RenderPage(ctx, "roadmap_none", t.Text("roadmap_title"), {}, "roadmap");

  auto items = VisibleItemsOf(ctx.db(), Viewer::Of(ctx.user()), *strategy);
  PlanNames names = LoadPlanNames(ctx.db());
  CheckRoadmapChoice(query.choice, *strategy, items, names);

  ItemFilter all_deliverables;
  all_deliverables.strategy_id = strategy->id;
  all_deliverables.level = strategy->depth();
  size_t total = FilterItems(all_deliverables, items).size();

  std::set<int64_t> matching;
  for (const auto& i : FilterItems(RoadmapItemFilter(*strategy, query.choice, names.PhaseScaleOf(*strategy)), items)) {
    matching.insert(i.id);
  }
  ItemsById by_id = IndexById(items);
  std::vector<const PlanItem*> shown;
  for (const PlanItem* i : TreeOrder(BuildPlanTree(items))) {
    if (!matching.count(i->id)) continue;
    if (!query.choice.goal.empty() && TopAncestorOf(*i, by_id)->key != query.choice.goal) continue;
    shown.push_back(i);
  }

  RoadmapPageData data{*strategy, visible, items, shown, total, query.choice, SystemClock().TodayUtc(), {}};
  // The overview by goal shows no rows, so it needs no dependencies.
  if (!ShowsRoadmapOverview(data)) data.waiting_past_start = ItemsWaitingPastTheirStart(ctx.db(), strategy->id);
  return RenderPage(ctx, "roadmap", t.Text("roadmap_title") + ": " + strategy->name,
                    RoadmapView(data, names, t), "roadmap");
}

}  // namespace fremdrift
