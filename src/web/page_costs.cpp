#include "app/case_links.h"
#include "render/governance_view.h"
#include "web/page_costs.h"

#include "app/cost_sharing_service.h"
#include "render/cost_sharing_view.h"
#include "render/url_for.h"
#include "web/cost_admin.h"
#include "web/page_cost_entry_edit.h"
#include "web/page_cost_objects.h"
#include "web/page_cost_year_edit.h"
#include "web/page_frame.h"
#include "web/year_param.h"

namespace fremdrift {
namespace {

Response IndexPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::map view = CostSharingIndexView(CostSharingYears(ctx.db()), t);
  mstch::array solutions, groups;
  for (const auto& s : NationalSolutions(ctx.db())) {
    solutions.push_back(mstch::map{{"name", s.name}, {"url", UrlFor(routes::kSolution, s.key)}});
  }
  for (const auto& g : CostGroups(ctx.db())) {
    groups.push_back(mstch::map{{"name", g.name}, {"url", UrlFor(routes::kCostGroup, g.key)}});
  }
  view["solutions"] = solutions;
  view["has_solutions"] = !solutions.empty();
  view["groups"] = groups;
  view["has_groups"] = !groups.empty();
  if (MayEditCosts(ctx)) {
    view["new_solution_url"] = UrlFor(routes::kNewSolution);
    view["new_group_url"] = UrlFor(routes::kNewCostGroup);
  }
  view["nav_costs"] = true;
  return RenderPage(ctx, "costs_index", t.Text("costs_heading"), view);
}

Response YearPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  int year = YearParam(ctx, "year");
  CostTable table = CostSharingTable(ctx.db(), year);
  mstch::map view = CostSharingYearView(table, CostSharingYears(ctx.db()), t);
  view["nav_costs"] = true;
  AddCaseMentions(view, CasesConcerning(ctx.db(), {"cost_sharing"}, std::to_string(year)), t);
  return RenderPage(ctx, "costs_year", t.Format("costs_year_heading", {{"year", std::to_string(year)}}),
                    view);
}

}  // namespace

void RegisterCostSharingPageRoutes(Router& router) {
  router.Add("GET", routes::kCosts, IndexPage);
  router.Add("GET", routes::kCostYear, YearPage);
  RegisterCostObjectPages(router);
  RegisterCostEntryEditRoutes(router);
  RegisterSolutionYearEditRoutes(router);
}

}  // namespace fremdrift
