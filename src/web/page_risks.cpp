#include "web/page_risks.h"

#include <set>

#include "app/risk_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/risk_filter.h"
#include "domain/risk_heat_map.h"
#include "render/filter_form_view.h"
#include "render/risk_heat_map_svg.h"
#include "render/risk_view.h"
#include "render/url_for.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/risk_subject_links.h"

namespace fremdrift {
namespace {

// The filter from the query; kInvalid for a state or level it does not know.
RiskFilter RisksFilterOf(RequestContext& ctx) {
  RiskFilter f{ctx.Query("tilstand").value_or(""), ctx.Query("niva").value_or(""),
               ctx.Query("eier").value_or(""), ctx.Query("gjelder").value_or("")};
  if (!f.state.empty() && !ParseRiskState(f.state)) {
    throw Failure(FailureCode::kInvalid, "tilstand must be open or closed", "tilstand");
  }
  if (!f.level.empty() && f.level != "low" && f.level != "medium" && f.level != "high") {
    throw Failure(FailureCode::kInvalid, "niva must be low, medium or high", "niva");
  }
  return f;
}

FilterForm RiskFilters(RequestContext& ctx, const RiskFilter& f, const std::vector<Risk>& all, size_t shown) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string every = t.Text("risks_filter_all");
  FilterField state{"risk-f-tilstand", "tilstand", t.Text("risk_field_state"), f.state};
  state.options = {{"", every}, {"open", t.Text("risk_state_open")}, {"closed", t.Text("risk_state_closed")}};
  FilterField level{"risk-f-niva", "niva", t.Text("risk_field_level"), f.level};
  level.options = {{"", every}};
  for (const char* k : {"high", "medium", "low"}) level.options.push_back({k, t.Text(std::string("risk_level_") + k)});
  std::set<std::string> owners;
  for (const auto& r : all) {
    if (!r.owner.empty()) owners.insert(r.owner);
  }
  FilterField owner{"risk-f-eier", "eier", t.Text("risk_field_owner"), f.owner};
  owner.options = {{"", every}};
  for (const auto& o : owners) owner.options.push_back({o, o});
  FilterField scope{"risk-f-gjelder", "gjelder", t.Text("risks_filter_scope"), f.scope};
  scope.data_lang = true;
  scope.options = {{"", every}};
  for (const auto& s : VisibleStrategies(ctx.db(), ctx.user())) scope.options.push_back({s.key, s.name});
  scope.options.push_back({kRiskScopePortfolio, t.Text("risks_scope_portfolio")});
  FilterForm form;
  form.action = UrlFor(routes::kRisks);
  form.heading = t.Text("risks_filter_heading");
  form.submit = t.Text("risks_filter_submit");
  form.reset_url = UrlFor(routes::kRisks);
  form.reset_text = t.Text("risks_filter_reset");
  form.active_label = t.Text("risks_filter_active");
  form.count_text = t.Format("risks_count", {{"shown", std::to_string(shown)}, {"total", std::to_string(all.size())}});
  form.fields = {state, level, owner, scope};
  return form;
}

mstch::array Crumbs(const Catalogue& t) {
  return mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                      mstch::map{{"url", UrlFor(routes::kRisks)}, {"text", t.Text("risks_title")}}};
}

Response RisksRegisterPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  RiskFilter filter = RisksFilterOf(ctx);
  std::vector<Risk> all = ListRisks(ctx.db());
  std::vector<Risk> shown = FilterRisks(all, filter);
  RiskSubjectLinks links(ctx);
  mstch::array rows;
  for (const auto& r : shown) rows.push_back(RiskRowView(r, links.Of(r), t));
  RiskHeatMap heat = RiskHeatMapOf(shown);
  mstch::map view{
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}}}},
      {"can_create", user.role != Role::kReader},
      {"new_url", UrlFor(routes::kNewRisk)},
      {"filter_form", FilterFormView(RiskFilters(ctx, filter, all, shown.size()))},
      {"has_risks", !rows.empty()},
      {"risks", rows},
      {"risk_heat", RiskHeatSectionView(heat, "risk-heat", "", "", t)},
      {"api_url", UrlFor(routes::kApiRisks)},
  };
  return RenderPage(ctx, "risks", t.Text("risks_title"), std::move(view), "risks");
}

Response RiskPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  Risk risk = FindRisk(ctx.db(), ctx.Param("key"));
  mstch::map view{
      {"breadcrumbs", Crumbs(t)},
      {"saved", ctx.Query("lagret").has_value()},
      {"risk", RiskRowView(risk, RiskSubjectLinks(ctx).Of(risk), t)},
      {"can_edit", MayKeepRisk(ctx.db(), user, risk)},
      {"edit_url", UrlFor(routes::kRiskEdit, risk.key)},
      {"register_url", UrlFor(routes::kRisks)},
      {"api_url", UrlFor(routes::kApiRisk, risk.key)},
  };
  view.merge(ObjectHistory(ctx, "risk", risk.key));
  return RenderPage(ctx, "risk", risk.description, std::move(view), "risks");
}

}  // namespace

void RegisterRiskPageRoutes(Router& router) {
  router.Add("GET", routes::kRisks, RisksRegisterPage);
  router.Add("GET", routes::kRisk, RiskPage);
}

}  // namespace fremdrift
