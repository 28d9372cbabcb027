// /indikatorer: the list of indicators for signed-in users, and creating
// one (web/page_indicators.h).
#include "app/indicator_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/indicator_choice.h"
#include "domain/indicator_rules.h"
#include "render/filter_form_view.h"
#include "render/monitor_card.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/indicator_form.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/page_indicators.h"

namespace fremdrift {
namespace {

// The filter form over the list (render/filter_form_view.h).
FilterForm IndicatorFilters(const IndicatorChoice& c, size_t shown, size_t total, const Catalogue& t) {
  FilterField words{"ind-f-q", "q", t.Text("ind_filter_words"), c.words};
  words.search = true;
  FilterField visibility{"ind-f-synlighet", "synlighet", t.Text("indform_visibility"), c.visibility};
  visibility.options = {{"", t.Text("filter_all")},
                        {"publisert", t.Text("indform_published")},
                        {"intern", t.Text("indform_internal")}};
  FilterForm form;
  form.action = UrlFor(routes::kIndicators);
  form.heading = t.Text("ind_filters_heading");
  form.submit = t.Text("ind_filters_submit");
  form.reset_url = UrlFor(routes::kIndicators);
  form.reset_text = t.Text("filter_reset");
  form.active_label = t.Text("active_filters");
  form.count_text = t.Format("ind_filter_count", {{"shown", std::to_string(shown)}, {"total", std::to_string(total)}});
  form.fields = {words, visibility};
  return form;
}

Response IndicatorListListPage(RequestContext& ctx, const IndicatorFormValues& values, const FormProblems& problems,
                  int status) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  IndicatorChoice choice{ctx.Query("q").value_or(""), ctx.Query("synlighet").value_or("")};
  CheckIndicatorChoice(choice);
  mstch::array rows;
  auto indicators = Visibility(ctx.db(), Viewer::Of(user)).Indicators();
  for (const auto& ind : indicators) {
    if (!MatchesIndicatorChoice(ind, choice)) continue;
    rows.push_back(mstch::map{
        {"code", ind.code},
        {"name", ind.name},
        {"published", ind.published},
        {"visibility", t.Text(ind.published ? "indform_published" : "indform_internal")},
        {"updated", ind.data_updated_at.empty() ? std::string("–") : ind.data_updated_at.substr(0, 10)},
        {"edit_url", UrlFor(routes::kIndicatorEdit, ind.code)},
        {"measurements_url", UrlFor(routes::kIndicatorMeasurements, ind.code)},
        {"monitor_url", ind.published ? MonitorIndicatorUrl(ind.code) : std::string()},
        {"edit_label", t.Format("indform_edit_named", {{"name", ind.name}})},
        {"measurements_label", t.Format("indform_measurements_named", {{"name", ind.name}})},
    });
  }
  bool may_edit = MayEditIndicators(user);
  mstch::map view{
      {"filter_form", FilterFormView(IndicatorFilters(choice, rows.size(), indicators.size(), t))},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"empty_text", t.Text(indicators.empty() ? "indform_none" : "ind_filter_none")},
      {"may_edit", may_edit},
      {"upload_url", UrlFor(routes::kMeasurementUpload)},
      {"action", UrlFor(routes::kIndicators)},
      {"form", FormView(IndicatorFormFields(ctx, values, problems, true))},
      {"has_general_error", !problems.general.empty()},
      {"general_error", problems.general},
      {"deleted", ctx.Query("slettet").has_value()},
      {"nav_indicators", true},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}}}},
  };
  view.merge(ObjectHistory(ctx, "indicator", ""));
  return RenderPage(ctx, "indicator_list", t.Text("indform_list_title"), std::move(view), "", status);
}

Response IndicatorListPage(RequestContext& ctx) {
  IndicatorFormValues empty;
  empty.text = {{"unit", "percent"}, {"direction", "higher_is_better"}, {"period_type", "year"}};
  return IndicatorListListPage(ctx, empty, {}, kHttpOk);
}

Response CreateIndicatorPost(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  IndicatorFormValues v = IndicatorFormFromPost(ctx.Form(), false);
  try {
    Indicator ind = CreateIndicator(ctx.db(), user, IndicatorRequestBody(v, true, false));
    return Response::Redirect(UrlFor(routes::kIndicatorEdit, ind.code) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "code") {
      FormProblems p;
      p.by_field["code"] = PageCatalogue(ctx).Text("indform_code_taken");
      return IndicatorListListPage(ctx, v, p, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    return IndicatorListListPage(ctx, v, ProblemsForForm(f, IndicatorFormFieldNames(), PageCatalogue(ctx)),
                    HttpStatus(FailureCode::kInvalid));
  }
}

}  // namespace

void RegisterIndicatorListRoutes(Router& router) {
  router.Add("GET", routes::kIndicators, IndicatorListPage);
  router.Add("POST", routes::kIndicators, CreateIndicatorPost);
}

}  // namespace fremdrift
