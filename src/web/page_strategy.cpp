#include "web/page_strategy.h"

#include "app/latest_report.h"
#include "app/strategy_evaluation_service.h"
#include "app/strategy_evaluations.h"
#include "app/strategy_items.h"
#include "render/evaluation_view.h"
#include "render/strategy_page_view.h"
#include "web/page_frame.h"
#include "web/page_plan_names.h"
#include "web/risk_heat_section.h"
#include "app/visibility.h"

namespace fremdrift {

Response StrategyPage(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("key"));
  auto items = VisibleItemsOf(ctx.db(), Viewer::Of(ctx.user()), s);
  mstch::map view =
      StrategyPageView(s, items, LoadPlanNames(ctx.db()), LatestPublishedReport(ctx.db(), s), PageCatalogue(ctx));
  // Seen with the strategy; admins get the links to keep them.
  EvaluationSectionOptions options{.strategy_key = s.key,
                                   .may_edit = ctx.user() && MayKeepEvaluations(*ctx.user()),
                                   .saved = ctx.Query("evaluering") == "lagret",
                                   .deleted = ctx.Query("evaluering") == "slettet"};
  view.merge(EvaluationSection(EvaluationsOf(ctx.db(), s), PageCatalogue(ctx), options));
  view.merge(RiskHeatSection(ctx, s.key));  // signed-in readers only
  return RenderPage(ctx, "strategy", s.name, std::move(view));
}

}  // namespace fremdrift
