#include "web/page_cost_objects.h"

#include "app/cost_sharing_service.h"
#include "domain/failure.h"
#include "render/cost_record_view.h"
#include "render/url_for.h"
#include "web/cost_admin.h"
#include "web/cost_edit_form.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/year_param.h"

namespace fremdrift {
namespace {

Response SolutionPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  NationalSolution s = SolutionInPath(ctx);
  auto groups = CostGroups(ctx.db());
  mstch::array records;
  for (const auto& r : SolutionYears(ctx.db(), s.key)) records.push_back(SolutionYearView(r, groups, t));
  mstch::map view{
      {"name", s.name},
      {"key", s.key},
      {"sort_order", std::to_string(s.sort_order)},
      {"source", s.source},
      {"notes", s.notes},
      {"records", records},
      {"has_records", !records.empty()},
      {"can_edit", MayEditCosts(ctx)},
      {"edit_url", UrlFor(routes::kSolutionEdit, s.key)},
      {"new_year_url", UrlFor(routes::kNewSolutionYear, s.key)},
      {"saved", ctx.Query("lagret").has_value()},
      {"deleted", ctx.Query("slettet").has_value()},
      {"breadcrumbs", mstch::array{CostsCrumb(t)}},
      {"nav_costs", true},
  };
  view.merge(ObjectHistory(ctx, "national_solution", s.key));
  return RenderPage(ctx, "costs_solution", s.name, std::move(view));
}

Response RecordPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  NationalSolution s = SolutionInPath(ctx);
  SolutionYear r = RecordInPath(ctx, s.key);
  mstch::map view = SolutionYearView(r, CostGroups(ctx.db()), t);
  const std::string heading = t.Format("costs_forms_record_title", {{"solution", s.name}, {"year", std::to_string(r.year)}});
  view["heading"] = heading;
  view["solution_name"] = s.name;
  view["can_edit"] = MayEditCosts(ctx);
  view["edit_url"] = UrlFor(routes::kSolutionYearEdit, s.key, r.year);
  view["delete_url"] = UrlFor(routes::kSolutionYearDelete, s.key, r.year);
  view["saved"] = ctx.Query("lagret").has_value();
  view["breadcrumbs"] = mstch::array{CostsCrumb(t), mstch::map{{"url", UrlFor(routes::kSolution, s.key)}, {"text", s.name}}};
  view["nav_costs"] = true;
  view.merge(ObjectHistory(ctx, "solution_year", s.key + "/" + std::to_string(r.year)));
  return RenderPage(ctx, "costs_record", heading, std::move(view));
}

Response GroupPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  auto g = FindCostGroup(ctx.db(), ctx.Param("key"));
  if (!g) throw Failure(FailureCode::kNotFound, "no cost group '" + ctx.Param("key") + "'", "key");
  mstch::map view{
      {"name", g->name},
      {"key", g->key},
      {"sort_order", std::to_string(g->sort_order)},
      {"source", g->source},
      {"can_edit", MayEditCosts(ctx)},
      {"edit_url", UrlFor(routes::kCostGroupEdit, g->key)},
      {"saved", ctx.Query("lagret").has_value()},
      {"breadcrumbs", mstch::array{CostsCrumb(t)}},
      {"nav_costs", true},
  };
  view.merge(ObjectHistory(ctx, "cost_group", g->key));
  return RenderPage(ctx, "costs_group", g->name, std::move(view));
}

}  // namespace

NationalSolution SolutionInPath(RequestContext& ctx) {
  auto s = FindNationalSolution(ctx.db(), ctx.Param("key"));
  if (!s) throw Failure(FailureCode::kNotFound, "no national solution '" + ctx.Param("key") + "'", "key");
  return *s;
}

SolutionYear RecordInPath(RequestContext& ctx, const std::string& solution) {
  int year = YearParam(ctx, "year");
  auto r = FindSolutionYear(ctx.db(), solution, year);
  if (!r) {
    throw Failure(FailureCode::kNotFound,
                  "no cost record for " + solution + " in " + std::to_string(year), "year");
  }
  return *r;
}

void RegisterCostObjectPages(Router& router) {
  router.Add("GET", routes::kSolution, SolutionPage);
  router.Add("GET", routes::kSolutionYear, RecordPage);
  router.Add("GET", routes::kCostGroup, GroupPage);
}

}  // namespace fremdrift
