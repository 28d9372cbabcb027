#include "web/page_costs.h"

#include <charconv>

#include "app/cost_sharing_service.h"
#include "domain/failure.h"
#include "render/cost_sharing_view.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

Response IndexPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::map view = CostSharingIndexView(CostSharingYears(ctx.db()), t);
  view["nav_costs"] = true;
  return RenderPage(ctx, "costs_index", t.Text("costs_heading"), view);
}

Response YearPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string& text = ctx.Param("year");
  int year = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || text.size() != 4) {
    throw Failure(FailureCode::kNotFound, "'" + text + "' is not a year", "year");
  }
  CostTable table = CostSharingTable(ctx.db(), year);
  mstch::map view = CostSharingYearView(table, CostSharingYears(ctx.db()), t);
  view["nav_costs"] = true;
  return RenderPage(ctx, "costs_year", t.Format("costs_year_heading", {{"year", text}}), view);
}

}  // namespace

void RegisterCostSharingPageRoutes(Router& router) {
  router.Add("GET", "/kostnadsdeling", IndexPage);
  router.Add("GET", "/kostnadsdeling/{year}", YearPage);
}

}  // namespace fremdrift
