// /indikatorer/{code}/maalinger: an indicator's measurements, with forms
// to add one, and to change or delete one (web/page_indicators.h).
#include "app/dimension_label_service.h"
#include "app/measurement_service.h"
#include "app/indicator_reads.h"
#include "domain/dimension_value.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "render/monitor_card.h"
#include "render/qualified_value_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/indicator_form.h"
#include "web/indicator_page_urls.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/page_indicators.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kMeasurementsFields = {"period", "value", "qualifier", "status", "note",
                                          "source_ref", "dimensions", "indicator"};

// One measurement form's values by API name; dimension values by name.
struct MeasurementFormValues {
  std::map<std::string, std::string> text;
  DimensionValues dimensions;
  int64_t version = 0;
  // The add form: what was chosen and typed per dimension, and what is
  // wrong with it (domain/dimension_value.h ChosenDimensionValue).
  std::map<std::string, std::string> chosen;
  std::map<std::string, std::string> typed;
  std::vector<FieldProblem> choice_problems;
};

struct MeasurementsPageState {
  MeasurementFormValues add;
  FormProblems add_problems;
  std::optional<MeasurementFormValues> edit;  // the measurement being changed
  FormProblems edit_problems;
  std::string delete_error;
  bool stale = false;
};

MeasurementFormValues FromMeasurement(const VersionedValue& v) {
  MeasurementFormValues f;
  f.text["period"] = v.measurement.period;
  f.text["value"] = v.measurement.value ? NumberText(*v.measurement.value) : "";
  f.text["status"] = v.measurement.provisional ? "provisional" : "final";
  f.text["qualifier"] = std::string(QualifierKey(v.measurement.qualifier));
  f.text["note"] = v.measurement.note;
  f.text["source_ref"] = v.measurement.source_ref;
  f.dimensions = v.measurement.dimensions;
  f.version = v.version;
  return f;
}

// The add form names each dimension's choice "dim_<name>" and the new
// value beside it "dim_<name>_ny"; the edit and delete forms send the key
// as hidden "dimension" fields of "name=value".
MeasurementFormValues MeasurementsFromPost(const FormData& form, const Indicator& ind,
                               const std::vector<DimensionChoice>& choices, bool keyed) {
  MeasurementFormValues f;
  for (const char* name : {"period", "value", "qualifier", "status", "note", "source_ref"}) {
    f.text[name] = form.Get(name);
  }
  if (keyed) {
    for (const auto& d : form.GetAll("dimension")) {
      size_t eq = d.find('=');
      if (eq != std::string::npos) f.dimensions[d.substr(0, eq)] = d.substr(eq + 1);
    }
    try {
      f.version = std::stoll(form.Get("version"));
    } catch (const std::exception&) {
      throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
    }
  } else {
    for (const auto& c : choices) {
      const std::string& name = c.dimension;
      f.chosen[name] = form.Get("dim_" + name);
      f.typed[name] = form.Get("dim_" + name + "_ny");
      std::vector<std::string> existing;
      for (const auto& v : c.values) existing.push_back(v.key);
      MessageParams params{{"name", DimensionNameWords(ind.dimension_labels, name, "nb")},
                           {"name.nb", DimensionNameWords(ind.dimension_labels, name, "nb")},
                           {"name.en", DimensionNameWords(ind.dimension_labels, name, "en")}};
      std::string v = ChosenDimensionValue(f.chosen[name], f.typed[name], existing, params, f.choice_problems);
      if (!v.empty()) f.dimensions[name] = v;
    }
  }
  return f;
}

nlohmann::json MeasurementsRequestBody(const std::string& code, const MeasurementFormValues& f, bool with_version) {
  nlohmann::json dims = nlohmann::json::object();
  for (const auto& [k, v] : f.dimensions) dims[k] = v;
  nlohmann::json body{{"indicator", code},
                      {"period", f.text.at("period")},
                      {"value", FormNumberJson(f.text.at("value"))},
                      {"dimensions", dims},
                      {"status", f.text.at("status")},
                      {"qualifier", f.text.at("qualifier")},
                      {"note", f.text.at("note")},
                      {"source_ref", f.text.at("source_ref")}};
  if (with_version) body["version"] = f.version;
  return body;
}

std::string KeyText(const std::string& period, const DimensionValues& dims) {
  std::string out = period;
  for (const auto& [k, v] : dims) out += ", " + k + ": " + v;
  return out;
}

Response RenderMeasurementsPage(RequestContext& ctx, const Indicator& ind, const MeasurementsPageState& s, int status) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  auto dim_names = IndicatorDimensions(ctx.db(), ind.id);
  const auto choices = DimensionChoices(ctx.db(), ind);
  mstch::array rows;
  for (const auto& v : ListMeasurements(ctx.db(), ind)) {
    mstch::array cells;
    for (const auto& name : dim_names) {
      auto it = v.measurement.dimensions.find(name);
      cells.push_back(mstch::map{{"text", it == v.measurement.dimensions.end()
                                              ? std::string("–")
                                              : DimensionValueWords(ind.dimension_labels, name, it->second, t.lang())}});
    }
    const Measurement& m = v.measurement;
    rows.push_back(mstch::map{
        {"period", m.period},
        {"dims", cells},
        {"value", m.value ? (m.qualifier == Qualifier::kExact
                                 ? NumberText(*m.value)
                                 : QualifierWords(m.qualifier, t) + " " + NumberText(*m.value))
                          : std::string("–")},
        {"provisional", m.provisional},
        {"status", t.Text(m.provisional ? "indform_status_provisional" : "indform_status_final")},
        {"note", m.note},
        {"edit_url", MeasurementEditUrl(ind.code, m.period, m.dimensions)},
        {"edit_label", t.Format("indform_measurement_edit", {{"key", KeyText(m.period, m.dimensions)}})},
    });
  }
  mstch::array dim_headers;
  for (const auto& name : dim_names) {
    dim_headers.push_back(mstch::map{{"name", DimensionNameWords(ind.dimension_labels, name, t.lang())}});
  }

  auto field = [&](const std::string& prefix, const MeasurementFormValues& v, const FormProblems& p,
                   const std::string& name, FormField::Kind kind) {
    FormField f;
    f.name = prefix + name;
    f.label = t.Text("indform_measurement_field_" + name);
    f.kind = kind;
    if (v.text.count(name)) f.value = v.text.at(name);
    if (auto it = p.by_field.find(name); it != p.by_field.end()) f.error = it->second;
    if (name == "qualifier") {
      f.label = t.Text("qualifier_label");
      f.hint = t.Text("qualifier_hint");
      for (const char* key : {"exact", "about", "under", "over"}) {
        f.options.push_back({key, t.Text(std::string("qualifier_") + key)});
      }
    }
    if (name == "status") {
      f.options = {{"final", t.Text("indform_status_final")},
                   {"provisional", t.Text("indform_status_provisional")}};
    }
    return f;
  };
  auto value_fields = [&](const std::string& prefix, const MeasurementFormValues& v, const FormProblems& p) {
    FormField value = field(prefix, v, p, "value", FormField::Kind::kNumber);
    value.hint = t.Text("indform_measurement_value_hint");
    return std::vector<FormField>{value, field(prefix, v, p, "qualifier", FormField::Kind::kSelect),
                                  field(prefix, v, p, "status", FormField::Kind::kSelect),
                                  field(prefix, v, p, "note", FormField::Kind::kTextarea),
                                  field(prefix, v, p, "source_ref", FormField::Kind::kText)};
  };
  std::vector<FormField> add_fields;
  FormField period = field("", s.add, s.add_problems, "period", FormField::Kind::kText);
  period.required = true;
  period.hint = t.Text("indform_measurement_period_hint");
  add_fields.push_back(period);
  // Each dimension offers its values by label, none, and a new value that
  // must be chosen explicitly and typed beside the list.
  for (const auto& c : choices) {
    const std::string& name = c.dimension;
    const std::string words = DimensionNameWords(ind.dimension_labels, name, t.lang());
    FormField d;
    d.name = "dim_" + name;
    d.label = t.Format("indform_measurement_dimension", {{"name", words}});
    d.kind = FormField::Kind::kSelect;
    d.options.push_back({"", t.Text("dimchoice_none")});
    for (const auto& v : c.values) {
      d.options.push_back({v.key, DimensionValueWords(ind.dimension_labels, name, v.key, t.lang())});
    }
    d.options.push_back({std::string(kNewDimensionValueChoice), t.Text("dimchoice_new")});
    if (auto it = s.add.chosen.find(name); it != s.add.chosen.end()) d.value = it->second;
    if (auto e = s.add_problems.by_field.find("dimensions"); e != s.add_problems.by_field.end()) d.error = e->second;
    add_fields.push_back(d);
    FormField typed;
    typed.name = "dim_" + name + "_ny";
    typed.label = t.Format("dimchoice_new_label", {{"name", words}});
    typed.hint = t.Text("dimchoice_new_hint");
    if (auto it = s.add.typed.find(name); it != s.add.typed.end()) typed.value = it->second;
    add_fields.push_back(typed);
  }
  for (auto& f : value_fields("", s.add, s.add_problems)) add_fields.push_back(std::move(f));

  const std::string base = UrlFor(routes::kIndicatorMeasurements, ind.code);
  mstch::map view{
      {"title", t.Format("indform_measurements_title", {{"name", ind.name}})},
      {"code", ind.code},
      {"saved", ctx.Query("lagret").has_value()},
      {"deleted", ctx.Query("slettet").has_value()},
      {"may_edit", MayEditIndicators(user)},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"dim_headers", dim_headers},
      {"add_action", base},
      {"measurements_url", base},
      {"add_form", FormView(add_fields)},
      {"has_add_general_error", !s.add_problems.general.empty()},
      {"add_general_error", s.add_problems.general},
      {"version", std::to_string(ind.version)},
      {"stale", s.stale},
      {"edit_url", UrlFor(routes::kIndicatorEdit, ind.code)},
      {"upload_url", UrlFor(routes::kMeasurementUpload)},
      {"labels_url", UrlFor(routes::kIndicatorLabels, ind.code)},
      {"monitor_url", ind.published ? MonitorIndicatorUrl(ind.code) : std::string()},
      {"nav_indicators", true},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kIndicators)},
                                              {"text", t.Text("indform_list_title")}},
                                   mstch::map{{"url", UrlFor(routes::kIndicatorEdit, ind.code)}, {"text", ind.name}}}},
  };
  view["editing"] = s.edit.has_value();
  if (s.edit) {
    const MeasurementFormValues& e = *s.edit;
    mstch::array hidden;
    for (const auto& [k, v] : e.dimensions) hidden.push_back(mstch::map{{"value", k + "=" + v}});
    FormField confirm;
    confirm.name = "confirm";
    confirm.label = t.Text("indform_delete_confirm_legend");
    confirm.kind = FormField::Kind::kCheckboxes;
    confirm.options = {{"yes", t.Text("indform_measurement_delete_confirm")}};
    confirm.error = s.delete_error;
    view["edit"] = mstch::map{
        {"heading", t.Format("indform_measurement_edit", {{"key", KeyText(e.text.at("period"), e.dimensions)}})},
        {"period", e.text.at("period")},
        {"dimensions", hidden},
        {"version", std::to_string(e.version)},
        {"form", FormView(value_fields("edit_", e, s.edit_problems))},
        {"has_general_error", !s.edit_problems.general.empty()},
        {"general_error", s.edit_problems.general},
        {"action", UrlFor(routes::kIndicatorMeasurementsChange, ind.code)},
        {"delete_action", UrlFor(routes::kIndicatorMeasurementsDelete, ind.code)},
        {"delete_form", FormView({confirm})},
        {"current_url", MeasurementEditUrl(ind.code, e.text.at("period"), e.dimensions)},
    };
  }
  view.merge(ObjectHistory(ctx, "measurement", ind.code));
  return RenderPage(ctx, "measurements", t.Format("indform_measurements_title", {{"name", ind.name}}),
                    std::move(view), "", status);
}

// The indicator of the path for a signed-in user.
Indicator PathIndicator(RequestContext& ctx) {
  ctx.RequireUser();
  return IndicatorForEditing(ctx.db(), ctx.Param("code"));
}

void MeasurementsRequireMayEdit(RequestContext& ctx) {
  if (!MayEditIndicators(ctx.RequireUser())) {
    throw Failure(FailureCode::kForbidden,
                  "Only editors and administrators may change indicators and measurements.",
                  "", "indform_forbidden", {});
  }
}

MeasurementsPageState MeasurementsFreshState() {
  MeasurementsPageState s;
  s.add.text["status"] = "final";
  return s;
}

Response MeasurementsPage(RequestContext& ctx) {
  Indicator ind = PathIndicator(ctx);
  MeasurementsPageState s = MeasurementsFreshState();
  if (auto period = ctx.Query("periode")) {
    MeasurementKey key{ind.code, *period, {}};
    for (const auto& [name, value] : ctx.QueryParams()) {
      if (name != "dimensjon") continue;
      size_t eq = value.find('=');
      if (eq != std::string::npos) key.dimensions[value.substr(0, eq)] = value.substr(eq + 1);
    }
    auto found = FindMeasurement(ctx.db(), key);
    if (!found) {
      throw Failure(FailureCode::kNotFound, "indicator '" + ind.code + "' has no measurement for " + *period +
                                                " with these dimension values");
    }
    s.edit = FromMeasurement(*found);
  }
  return RenderMeasurementsPage(ctx, ind, s, kHttpOk);
}

// Runs `change`; on a refusal shows the page again with what was typed.
template <typename Change>
Response MeasurementsAttempt(RequestContext& ctx, const Indicator& ind, MeasurementsPageState state, bool editing,
                 const std::string& done, Change change) {
  try {
    change();
    return Response::Redirect(UrlFor(routes::kIndicatorMeasurements, ind.code) + done);
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = true;
      return RenderMeasurementsPage(ctx, ind, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() == FailureCode::kNotFound && editing) {
      state.stale = true;
      state.edit.reset();
      return RenderMeasurementsPage(ctx, ind, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    FormProblems p = ProblemsForForm(f, kMeasurementsFields, PageCatalogue(ctx));
    (editing ? state.edit_problems : state.add_problems) = p;
    return RenderMeasurementsPage(ctx, ind, state, FormStatus(f));
  }
}

Response AddMeasurementPost(RequestContext& ctx) {
  Indicator ind = PathIndicator(ctx);
  MeasurementsRequireMayEdit(ctx);
  MeasurementsPageState s = MeasurementsFreshState();
  s.add = MeasurementsFromPost(ctx.Form(), ind, DimensionChoices(ctx.db(), ind), false);
  return MeasurementsAttempt(ctx, ind, s, false, "?lagret=1", [&] {
    if (!s.add.choice_problems.empty()) throw Failure::Invalid(s.add.choice_problems);
    AddMeasurement(ctx.db(), ctx.RequireUser(), MeasurementsRequestBody(ind.code, s.add, false));
  });
}

Response ChangeMeasurementPost(RequestContext& ctx) {
  Indicator ind = PathIndicator(ctx);
  MeasurementsRequireMayEdit(ctx);
  MeasurementsPageState s = MeasurementsFreshState();
  const FormData& form = ctx.Form();
  MeasurementFormValues e = MeasurementsFromPost(form, ind, {}, true);
  for (const char* name : {"value", "status", "note", "source_ref"}) e.text[name] = form.Get(std::string("edit_") + name);
  s.edit = e;
  return MeasurementsAttempt(ctx, ind, s, true, "?lagret=1",
                 [&] { UpdateMeasurement(ctx.db(), ctx.RequireUser(), MeasurementsRequestBody(ind.code, e, true)); });
}

Response DeleteMeasurementPost(RequestContext& ctx) {
  Indicator ind = PathIndicator(ctx);
  MeasurementsRequireMayEdit(ctx);
  MeasurementsPageState s = MeasurementsFreshState();
  MeasurementFormValues e = MeasurementsFromPost(ctx.Form(), ind, {}, true);
  MeasurementKey key{ind.code, e.text.at("period"), e.dimensions};
  auto current = FindMeasurement(ctx.db(), key);
  if (current) {
    s.edit = FromMeasurement(*current);
    s.edit->version = e.version;
  }
  if (ctx.Form().Get("confirm") != "yes") {
    s.delete_error = PageCatalogue(ctx).Text("indform_delete_unconfirmed");
    return RenderMeasurementsPage(ctx, ind, s, HttpStatus(FailureCode::kInvalid));
  }
  return MeasurementsAttempt(ctx, ind, s, true, "?slettet=1",
                 [&] { DeleteMeasurement(ctx.db(), ctx.RequireUser(), key, e.version); });
}

}  // namespace

void RegisterMeasurementPageRoutes(Router& router) {
  router.Add("GET", routes::kIndicatorMeasurements, MeasurementsPage);
  router.Add("POST", routes::kIndicatorMeasurements, AddMeasurementPost);
  router.Add("POST", routes::kIndicatorMeasurementsChange, ChangeMeasurementPost);
  router.Add("POST", routes::kIndicatorMeasurementsDelete, DeleteMeasurementPost);
}

}  // namespace fremdrift
