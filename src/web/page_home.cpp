#include "web/page_home.h"

#include "app/reporting_round.h"
#include "domain/item_filter.h"
#include "render/home_view.h"
#include "storage/plan_item_store.h"
#include "web/page_frame.h"
#include "web/page_plan_names.h"
#include "app/visibility.h"

namespace fremdrift {

Response HomePage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  std::vector<StrategyWithGoals> list;
  PlanItemStore items(ctx.db());
  for (const auto& s : VisibleStrategies(ctx.db(), ctx.user())) {
    ItemFilter goals;
    goals.strategy_id = s.id;
    goals.level = 1;
    list.push_back({s, FilterItems(goals, items.List(s.id))});
  }
  mstch::map view = HomeView(list, LoadPlanNames(ctx.db()), t);
  if (const auto& user = ctx.user(); user && user->role != Role::kReader) {
    // The signed-in user's reporting tasks (web/page_tasks.h).
    int open = OpenTaskCount(ctx.db(), *user);
    view["has_task_box"] = true;
    view["tasks_text"] = t.Format("tasks_home_text", {{"n", std::to_string(open)}});
  }
  return RenderPage(ctx, "home", t.Text("home_title"), std::move(view), "home");
}

}  // namespace fremdrift
