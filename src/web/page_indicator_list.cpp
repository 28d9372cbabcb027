// /indikatorer: the list of indicators for signed-in users, and creating
// one (web/page_indicators.h).
#include "app/indicator_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "render/monitor_card.h"
#include "web/indicator_form.h"
#include "web/indicator_page_urls.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/page_indicators.h"

namespace fremdrift {
namespace {

Response ListPage(RequestContext& ctx, const IndicatorFormValues& values, const FormProblems& problems,
                  int status) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  for (const auto& ind : Visibility(ctx.db(), Viewer::Of(user)).Indicators()) {
    rows.push_back(mstch::map{
        {"code", ind.code},
        {"name", ind.name},
        {"published", ind.published},
        {"visibility", t.Text(ind.published ? "indform_published" : "indform_internal")},
        {"updated", ind.data_updated_at.empty() ? std::string("–") : ind.data_updated_at.substr(0, 10)},
        {"edit_url", IndicatorEditUrl(ind.code)},
        {"measurements_url", MeasurementsPageUrl(ind.code)},
        {"monitor_url", ind.published ? MonitorIndicatorUrl(ind.code) : std::string()},
        {"edit_label", t.Format("indform_edit_named", {{"name", ind.name}})},
        {"measurements_label", t.Format("indform_measurements_named", {{"name", ind.name}})},
    });
  }
  bool may_edit = MayEditIndicators(user);
  mstch::map view{
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"may_edit", may_edit},
      {"upload_url", std::string(kMeasurementUploadUrl)},
      {"action", std::string(kIndicatorListUrl)},
      {"form", FormView(IndicatorFormFields(ctx, values, problems, true))},
      {"has_general_error", !problems.general.empty()},
      {"general_error", problems.general},
      {"deleted", ctx.Query("slettet").has_value()},
      {"nav_indicators", true},
      {"breadcrumbs", mstch::array{mstch::map{{"url", std::string("/")}, {"text", t.Text("nav_home")}}}},
  };
  view.merge(ObjectHistory(ctx, "indicator", ""));
  return RenderPage(ctx, "indicator_list", t.Text("indform_list_title"), std::move(view), "", status);
}

Response IndicatorListPage(RequestContext& ctx) {
  IndicatorFormValues empty;
  empty.text = {{"unit", "percent"}, {"direction", "higher_is_better"}, {"period_type", "year"}};
  return ListPage(ctx, empty, {}, 200);
}

Response CreateIndicatorPost(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  IndicatorFormValues v = IndicatorFormFromPost(ctx.Form(), false);
  try {
    Indicator ind = CreateIndicator(ctx.db(), user, IndicatorRequestBody(v, true, false));
    return Response::Redirect(IndicatorEditUrl(ind.code) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "code") {
      FormProblems p;
      p.by_field["code"] = PageCatalogue(ctx).Text("indform_code_taken");
      return ListPage(ctx, v, p, 409);
    }
    if (f.code() != FailureCode::kInvalid) throw;
    return ListPage(ctx, v, ProblemsForForm(f, IndicatorFormFieldNames(), PageCatalogue(ctx)), 400);
  }
}

}  // namespace

void RegisterIndicatorListRoutes(Router& router) {
  router.Add("GET", kIndicatorListUrl, IndicatorListPage);
  router.Add("POST", kIndicatorListUrl, CreateIndicatorPost);
}

}  // namespace fremdrift
