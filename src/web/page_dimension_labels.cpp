// /indikatorer/{code}/etiketter: the labels of an indicator's breakdowns
// (dimensions) and their values in bokmål and English, and their order
// (domain/dimension_labels.h). Editors and admins change them; the save
// goes through app/dimension_label_service.h (rights, rules, version and
// audit as for the indicator itself).
#include <algorithm>

#include "app/dimension_label_service.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "render/form_view.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/indicator_form.h"
#include "web/page_frame.h"
#include "web/page_indicators.h"

namespace fremdrift {
namespace {

// What the form shows and what came back with errors.
struct LabelPage {
  std::vector<DimensionChoice> dimensions;
  int64_t version = 0;
  FormProblems problems;
  bool stale = false;
};

std::string DimField(size_t i) { return "d" + std::to_string(i); }
std::string ValueField(size_t i, size_t j) { return DimField(i) + "v" + std::to_string(j); }

FormField TextField(const std::string& name, const std::string& label, const std::string& value) {
  FormField f;
  f.name = name;
  f.label = label;
  f.value = value;
  return f;
}

Response DimensionLabelsPage(RequestContext& ctx, const Indicator& ind, const LabelPage& s, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array sets;
  for (size_t i = 0; i < s.dimensions.size(); ++i) {
    const DimensionChoice& d = s.dimensions[i];
    const std::string key = d.dimension;
    std::vector<FormField> head{
        TextField(DimField(i) + "_nb", t.Format("dimlabel_dimension_nb", {{"key", key}}), d.nb),
        TextField(DimField(i) + "_en", t.Format("dimlabel_dimension_en", {{"key", key}}), d.en)};
    mstch::array values;
    for (size_t j = 0; j < d.values.size(); ++j) {
      const DimensionValueLabel& v = d.values[j];
      FormField order = TextField(ValueField(i, j) + "_order", t.Format("dimlabel_value_order", {{"key", v.key}}),
                                  std::to_string(j + 1));
      order.kind = FormField::Kind::kNumber;
      values.push_back(mstch::map{
          {"hidden_name", ValueField(i, j)},
          {"key", v.key},
          {"form", FormView({TextField(ValueField(i, j) + "_nb", t.Format("dimlabel_value_nb", {{"key", v.key}}), v.nb),
                             TextField(ValueField(i, j) + "_en", t.Format("dimlabel_value_en", {{"key", v.key}}), v.en),
                             order})}});
    }
    FormField new_key = TextField(DimField(i) + "new", t.Text("dimlabel_new_key"), "");
    new_key.hint = t.Text("dimlabel_new_key_hint");
    sets.push_back(mstch::map{
        {"hidden_name", DimField(i)},
        {"key", key},
        {"legend", t.Format("dimlabel_dimension_legend", {{"key", key}})},
        {"head", FormView(head)},
        {"values", values},
        {"has_values", !values.empty()},
        {"new_form", FormView({new_key, TextField(DimField(i) + "new_nb", t.Text("dimlabel_new_nb"), ""),
                               TextField(DimField(i) + "new_en", t.Text("dimlabel_new_en"), "")})}});
  }
  const std::string url = UrlFor(routes::kIndicatorLabels, ind.code);
  mstch::map view{
      {"title", t.Format("dimlabel_title", {{"name", ind.name}})},
      {"code", ind.code},
      {"saved", ctx.Query("lagret").has_value()},
      {"stale", s.stale},
      {"current_url", url},
      {"action", url},
      {"version", std::to_string(s.version)},
      {"dimensions", sets},
      {"has_dimensions", !sets.empty()},
      {"has_general_error", !s.problems.general.empty()},
      {"general_error", s.problems.general},
      {"edit_url", UrlFor(routes::kIndicatorEdit, ind.code)},
      {"measurements_url", UrlFor(routes::kIndicatorMeasurements, ind.code)},
      {"nav_indicators", true},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kIndicators)},
                                              {"text", t.Text("indform_list_title")}},
                                   mstch::map{{"url", UrlFor(routes::kIndicatorEdit, ind.code)}, {"text", ind.name}}}},
  };
  return RenderPage(ctx, "dimension_labels", t.Format("dimlabel_title", {{"name", ind.name}}), std::move(view),
                    "", status);
}

// The indicator of the path, for a user who may edit indicators.
Indicator DimensionLabelsEditableIndicator(RequestContext& ctx) {
  if (!MayEditIndicators(ctx.RequireUser())) {
    throw Failure(FailureCode::kForbidden,
                  "Only editors and administrators may change indicators and measurements.", "",
                  "indform_forbidden", {});
  }
  return LabelledIndicator(ctx.db(), ctx.Param("code"));
}

LabelPage Fresh(RequestContext& ctx, const Indicator& ind) {
  return LabelPage{DimensionChoices(ctx.db(), ind), ind.version, {}, false};
}

// The form as posted: every dimension and value in the order asked for,
// and the new value of each dimension when one is typed.
std::vector<DimensionChoice> DimensionLabelsFromPost(const FormData& form) {
  std::vector<DimensionChoice> out;
  for (size_t i = 0; form.Find(DimField(i)); ++i) {
    DimensionChoice d{form.Get(DimField(i)), form.Get(DimField(i) + "_nb"), form.Get(DimField(i) + "_en"), {}};
    std::vector<std::pair<double, DimensionValueLabel>> ordered;
    for (size_t j = 0; form.Find(ValueField(i, j)); ++j) {
      auto order = FormNumber(form.Get(ValueField(i, j) + "_order"));
      ordered.push_back({order.value_or(static_cast<double>(j + 1)),
                         {form.Get(ValueField(i, j)), form.Get(ValueField(i, j) + "_nb"),
                          form.Get(ValueField(i, j) + "_en")}});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order, v] : ordered) d.values.push_back(std::move(v));
    if (std::string key = form.Get(DimField(i) + "new"); !key.empty()) {
      d.values.push_back({key, form.Get(DimField(i) + "new_nb"), form.Get(DimField(i) + "new_en")});
    }
    out.push_back(std::move(d));
  }
  return out;
}

// The catalogue to save: values without any label are left out (they are
// shown from their key), and so is a dimension with nothing to say.
std::vector<DimensionLabels> LabelCatalogue(const std::vector<DimensionChoice>& form) {
  std::vector<DimensionLabels> out;
  for (const auto& d : form) {
    DimensionLabels labels{d.dimension, d.nb, d.en, {}};
    for (const auto& v : d.values) {
      if (!v.nb.empty() || !v.en.empty()) labels.values.push_back(v);
    }
    if (!labels.nb.empty() || !labels.en.empty() || !labels.values.empty()) out.push_back(std::move(labels));
  }
  return out;
}

Response LabelsPage(RequestContext& ctx) {
  Indicator ind = DimensionLabelsEditableIndicator(ctx);
  return DimensionLabelsPage(ctx, ind, Fresh(ctx, ind), kHttpOk);
}

Response SaveLabelsPost(RequestContext& ctx) {
  Indicator ind = DimensionLabelsEditableIndicator(ctx);
  LabelPage s{DimensionLabelsFromPost(ctx.Form()), 0, {}, false};
  try {
    s.version = std::stoll(ctx.Form().Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  try {
    SaveDimensionLabels(ctx.db(), ctx.RequireUser(), ind.code, s.version, LabelCatalogue(s.dimensions));
    return Response::Redirect(UrlFor(routes::kIndicatorLabels, ind.code) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      LabelPage fresh = Fresh(ctx, ind);
      fresh.stale = true;
      return DimensionLabelsPage(ctx, ind, fresh, HttpStatus(f.code()));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    s.problems = ProblemsForForm(f, {}, PageCatalogue(ctx));
    return DimensionLabelsPage(ctx, ind, s, HttpStatus(f.code()));
  }
}

}  // namespace

void RegisterDimensionLabelPageRoutes(Router& router) {
  router.Add("GET", routes::kIndicatorLabels, LabelsPage);
  router.Add("POST", routes::kIndicatorLabels, SaveLabelsPost);
}

}  // namespace fremdrift
