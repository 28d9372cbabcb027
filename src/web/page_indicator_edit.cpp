// /indikatorer/{code}/rediger: changing an indicator, its targets, and
// deleting it (web/page_indicators.h).
#include "app/indicator_service.h"
#include "app/indicator_reads.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "domain/typed_input.h"
#include "render/monitor_card.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/indicator_form.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/page_indicators.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kTargetFields = {"value", "by", "label", "dimensions"};

// What the target form holds: values by API name.
struct TargetFormValues {
  std::map<std::string, std::string> text;  // value, by, label, dimensions ("name=value")
  int number = 0;                           // 0: a new target
};

struct IndicatorEditPageState {
  IndicatorFormValues indicator;
  FormProblems indicator_problems;
  TargetFormValues target;
  FormProblems target_problems;
  std::string delete_error;
  bool stale = false;
};

std::string DimensionText(const DimensionValues& d) {
  std::string out;
  for (const auto& [k, v] : d) out += (out.empty() ? "" : "; ") + k + "=" + v;
  return out;
}

TargetFormValues TargetFromIndicator(const Indicator& ind, int number) {
  TargetFormValues v;
  if (number < 1 || number > static_cast<int>(ind.targets.size())) return v;
  const Target& t = ind.targets[static_cast<size_t>(number - 1)];
  v.number = number;
  v.text["value"] = NumberText(t.value);
  v.text["by"] = t.by.ToIso();
  v.text["label"] = t.label;
  v.text["dimensions"] = DimensionText(t.dimensions);
  return v;
}

TargetFormValues TargetFromPost(const FormData& form, int number) {
  TargetFormValues v;
  v.number = number;
  for (const auto& f : kTargetFields) v.text[f] = form.Get("target_" + f);
  return v;
}

// {"name": "value"} from "name=value"; the text itself (which the use case
// refuses, naming the field) when it is not of that form.
nlohmann::json DimensionsJson(const std::string& text) {
  nlohmann::json out = nlohmann::json::object();
  if (text.empty()) return out;
  size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size() || text.find(';') != std::string::npos) {
    return text;
  }
  out[text.substr(0, eq)] = text.substr(eq + 1);
  return out;
}

nlohmann::json TargetBody(const TargetFormValues& v, int64_t version) {
  return {{"version", version},
          {"value", FormNumberJson(v.text.at("value"))},
          {"by", TypedDateToIso(v.text.at("by"))},
          {"label", v.text.at("label")},
          {"dimensions", DimensionsJson(v.text.at("dimensions"))}};
}

int64_t PostedVersion(const FormData& form) {
  try {
    return std::stoll(form.Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
}

Response IndicatorEditEditPage(RequestContext& ctx, const Indicator& ind, const IndicatorEditPageState& s, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string base = UrlFor(routes::kIndicatorEdit, ind.code);
  mstch::array targets;
  for (size_t k = 0; k < ind.targets.size(); ++k) {
    const Target& target = ind.targets[k];
    std::string number = std::to_string(k + 1);
    targets.push_back(mstch::map{
        {"number", number},
        {"value", NumberText(target.value)},
        {"by", target.by.ToIso()},
        {"label", target.label},
        {"dimensions", DimensionText(target.dimensions)},
        {"edit_url", base + "?maal=" + number + "#maal-skjema"},
        {"edit_label", t.Format("indform_target_edit", {{"number", number}})},
        {"remove_action", UrlFor(routes::kIndicatorTargetDelete, ind.code, number)},
        {"remove_label", t.Format("indform_target_remove", {{"number", number}})},
    });
  }
  auto target_field = [&](const std::string& name, FormField::Kind kind = FormField::Kind::kText) {
    FormField f;
    f.name = "target_" + name;
    f.label = t.Text("indform_target_field_" + name);
    f.kind = kind;
    if (s.target.text.count(name)) f.value = s.target.text.at(name);
    if (auto it = s.target_problems.by_field.find(name); it != s.target_problems.by_field.end()) {
      f.error = it->second;
    }
    return f;
  };
  FormField value = target_field("value", FormField::Kind::kNumber);
  value.required = true;
  FormField by = target_field("by");
  by.required = true;
  by.hint = t.Text("indform_target_by_hint");
  FormField dims = target_field("dimensions");
  dims.hint = t.Text("indform_target_dimensions_hint");
  std::string number = std::to_string(s.target.number);
  std::string target_action = s.target.number > 0 ? UrlFor(routes::kIndicatorTarget, ind.code, number)
                                                    : UrlFor(routes::kIndicatorTargets, ind.code);
  FormField confirm;
  confirm.name = "confirm";
  confirm.label = t.Text("indform_delete_confirm_legend");
  confirm.kind = FormField::Kind::kCheckboxes;
  confirm.options = {{"yes", t.Format("indform_delete_confirm", {{"code", ind.code}})}};
  confirm.error = s.delete_error;

  mstch::map view{
      {"title", t.Format("indform_edit_title", {{"name", ind.name}})},
      {"code", ind.code},
      {"saved", ctx.Query("lagret").has_value()},
      {"stale", s.stale},
      {"current_url", base},
      {"version", std::to_string(ind.version)},
      {"form_version", std::to_string(s.indicator.version)},
      {"action", base},
      {"form", FormView(IndicatorFormFields(ctx, s.indicator, s.indicator_problems, false))},
      {"has_general_error", !s.indicator_problems.general.empty()},
      {"general_error", s.indicator_problems.general},
      {"targets", targets},
      {"has_targets", !targets.empty()},
      {"target_form", FormView({value, by, target_field("label"), dims})},
      {"target_is_new", s.target.number == 0},
      {"target_heading", s.target.number == 0 ? t.Text("indform_target_add")
                                              : t.Format("indform_target_edit", {{"number", number}})},
      {"target_action", target_action},
      {"has_target_general_error", !s.target_problems.general.empty()},
      {"target_general_error", s.target_problems.general},
      {"delete_action", UrlFor(routes::kIndicatorDelete, ind.code)},
      {"delete_form", FormView({confirm})},
      {"measurements_url", UrlFor(routes::kIndicatorMeasurements, ind.code)},
      {"labels_url", UrlFor(routes::kIndicatorLabels, ind.code)},
      {"monitor_url", ind.published ? MonitorIndicatorUrl(ind.code) : std::string()},
      {"nav_indicators", true},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kIndicators)},
                                              {"text", t.Text("indform_list_title")}}}},
  };
  view.merge(ObjectHistory(ctx, "indicator", ind.code));
  return RenderPage(ctx, "indicator_edit", t.Format("indform_edit_title", {{"name", ind.name}}),
                    std::move(view), "", status);
}

// The indicator of the path, if the signed-in user may edit indicators.
Indicator IndicatorEditEditableIndicator(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (!MayEditIndicators(user)) {
    throw Failure(FailureCode::kForbidden,
                  "Only editors and administrators may change indicators and measurements.",
                  "", "indform_forbidden", {});
  }
  return IndicatorForEditing(ctx.db(), ctx.Param("code"));
}

IndicatorEditPageState IndicatorEditFreshState(const Indicator& ind, int target_number) {
  IndicatorEditPageState s;
  s.indicator = IndicatorFormFromIndicator(ind);
  s.target = TargetFromIndicator(ind, target_number);
  return s;
}

Response EditIndicatorPage(RequestContext& ctx) {
  Indicator ind = IndicatorEditEditableIndicator(ctx);
  int number = 0;
  if (auto m = ctx.Query("maal"); m && !m->empty() && m->size() < 5 &&
                                  m->find_first_not_of("0123456789") == std::string::npos) {
    number = std::stoi(*m);
  }
  return IndicatorEditEditPage(ctx, ind, IndicatorEditFreshState(ind, number), kHttpOk);
}

// Runs `change`; on a refusal shows the page again with the problems put
// where `place` says, keeping what the user typed.
template <typename Change, typename Place>
Response IndicatorEditAttempt(RequestContext& ctx, const Indicator& ind, IndicatorEditPageState state, Change change, Place place) {
  try {
    change();
    return Response::Redirect(UrlFor(routes::kIndicatorEdit, ind.code) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = true;
      return IndicatorEditEditPage(ctx, ind, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    place(state, f);
    return IndicatorEditEditPage(ctx, ind, state, HttpStatus(FailureCode::kInvalid));
  }
}

Response SaveIndicator(RequestContext& ctx) {
  Indicator ind = IndicatorEditEditableIndicator(ctx);
  IndicatorEditPageState state = IndicatorEditFreshState(ind, 0);
  state.indicator = IndicatorFormFromPost(ctx.Form(), true);
  state.indicator.text["code"] = ind.code;
  return IndicatorEditAttempt(
      ctx, ind, state,
      [&] { UpdateIndicator(ctx.db(), ctx.RequireUser(), ind.code, IndicatorRequestBody(state.indicator, false, true)); },
      [&](IndicatorEditPageState& s, const Failure& f) {
        s.indicator_problems = ProblemsForForm(f, IndicatorFormFieldNames(), PageCatalogue(ctx));
      });
}

Response SaveTarget(RequestContext& ctx, int number) {
  Indicator ind = IndicatorEditEditableIndicator(ctx);
  IndicatorEditPageState state = IndicatorEditFreshState(ind, 0);
  state.target = TargetFromPost(ctx.Form(), number);
  int64_t version = PostedVersion(ctx.Form());
  state.indicator.version = version;
  return IndicatorEditAttempt(
      ctx, ind, state,
      [&] {
        auto body = TargetBody(state.target, version);
        if (number == 0) AddTarget(ctx.db(), ctx.RequireUser(), ind.code, body);
        else UpdateTarget(ctx.db(), ctx.RequireUser(), ind.code, number, body);
      },
      [&](IndicatorEditPageState& s, const Failure& f) {
        s.target_problems = ProblemsForForm(f, kTargetFields, PageCatalogue(ctx));
      });
}

int TargetNumberParam(const RequestContext& ctx) {
  const std::string& n = ctx.Param("number");
  if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos) {
    throw Failure(FailureCode::kNotFound, "no target " + n, "number");
  }
  return std::stoi(n);
}

Response AddTargetPost(RequestContext& ctx) { return SaveTarget(ctx, 0); }
Response ChangeTargetPost(RequestContext& ctx) { return SaveTarget(ctx, TargetNumberParam(ctx)); }

Response RemoveTargetPost(RequestContext& ctx) {
  Indicator ind = IndicatorEditEditableIndicator(ctx);
  int number = TargetNumberParam(ctx);
  int64_t version = PostedVersion(ctx.Form());
  return IndicatorEditAttempt(
      ctx, ind, IndicatorEditFreshState(ind, 0),
      [&] { RemoveTarget(ctx.db(), ctx.RequireUser(), ind.code, number, version); },
      [&](IndicatorEditPageState& s, const Failure& f) { s.target_problems.general = FailureText(PageCatalogue(ctx), f); });
}

Response DeleteIndicatorPost(RequestContext& ctx) {
  Indicator ind = IndicatorEditEditableIndicator(ctx);
  IndicatorEditPageState state = IndicatorEditFreshState(ind, 0);
  const Catalogue& t = PageCatalogue(ctx);
  if (ctx.Form().Get("confirm") != "yes") {
    state.delete_error = t.Text("indform_delete_unconfirmed");
    return IndicatorEditEditPage(ctx, ind, state, HttpStatus(FailureCode::kInvalid));
  }
  try {
    DeleteIndicator(ctx.db(), ctx.RequireUser(), ind.code, PostedVersion(ctx.Form()));
    return Response::Redirect(UrlFor(routes::kIndicators) + "?slettet=1");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    if (f.field() == "version") {
      state.stale = true;
    } else {
      state.delete_error = FailureText(t, f);
    }
    return IndicatorEditEditPage(ctx, ind, state, HttpStatus(FailureCode::kConflict));
  }
}

}  // namespace

void RegisterIndicatorEditPageRoutes(Router& router) {
  router.Add("GET", routes::kIndicatorEdit, EditIndicatorPage);
  router.Add("POST", routes::kIndicatorEdit, SaveIndicator);
  router.Add("POST", routes::kIndicatorTargets, AddTargetPost);
  router.Add("POST", routes::kIndicatorTarget, ChangeTargetPost);
  router.Add("POST", routes::kIndicatorTargetDelete, RemoveTargetPost);
  router.Add("POST", routes::kIndicatorDelete, DeleteIndicatorPost);
}

}  // namespace fremdrift
