#include "web/indicator_form.h"

#include <cmath>
#include <cstdio>

#include "app/organisation_reads.h"
#include "app/strategy_items.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/typed_input.h"
#include "formats/decimal.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const char* const kTextFields[] = {"code",          "name",           "description",
                                   "unit",          "unit_label",     "direction",
                                   "source",        "period_type",    "baseline_value",
                                   "baseline_period", "baseline_note", "data_note"};

const char* const kUnits[] = {"percent", "count", "count_per_week", "count_per_month", "count_per_year",
                              "mnok",    "days",  "ratio",          "other"};

}  // namespace

const std::vector<std::string>& IndicatorFormFieldNames() {
  static const std::vector<std::string> kNames = {
      "code",           "name",          "description",   "unit",        "unit_label",
      "direction",      "source",        "period_type",   "published",   "serves",
      "baseline_value", "baseline_period", "baseline_note", "data_note", "baseline",
      "responsible_organisation",
      // "baseline.value" and "baseline.period" as the use case names them
      "value",          "period"};
  return kNames;
}

std::optional<double> FormNumber(const std::string& text) {
  if (auto v = ParseDecimal(text, false)) return v;
  return ParseTypedPercent(text);
}

nlohmann::json FormNumberJson(const std::string& text) {
  if (text.empty()) return nullptr;
  if (auto v = FormNumber(text)) return *v;
  return text;
}

std::string NumberText(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  return buf;
}

IndicatorFormValues IndicatorFormFromIndicator(const Indicator& ind) {
  IndicatorFormValues v;
  v.text["code"] = ind.code;
  v.text["name"] = ind.name;
  v.text["description"] = ind.description;
  v.text["unit"] = ind.unit;
  v.text["unit_label"] = ind.unit_label;
  v.text["direction"] = std::string(DirectionKey(ind.direction));
  v.text["source"] = ind.source;
  v.text["period_type"] = ind.period_type;
  v.text["data_note"] = ind.data_note;
  v.text["responsible_organisation"] = ind.responsible_organisation;
  if (ind.baseline) {
    v.text["baseline_value"] = NumberText(ind.baseline->value);
    v.text["baseline_period"] = ind.baseline->period;
    v.text["baseline_note"] = ind.baseline->note;
  }
  for (const auto& s : ind.serves) v.serves.push_back(s.strategy + "/" + s.item);
  v.published = ind.published;
  v.version = ind.version;
  return v;
}

IndicatorFormValues IndicatorFormFromPost(const FormData& form, bool with_version) {
  IndicatorFormValues v;
  for (const char* f : kTextFields) v.text[f] = form.Get(f);
  // Only admins' forms have it (IndicatorFormFields); others leave it as it is.
  if (auto r = form.Find("responsible_organisation")) v.text["responsible_organisation"] = *r;
  v.serves = form.GetAll("serves");
  v.published = form.Get("published") == "yes";
  if (with_version) {
    try {
      v.version = std::stoll(form.Get("version"));
    } catch (const std::exception&) {
      throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
    }
  }
  return v;
}

nlohmann::json IndicatorRequestBody(const IndicatorFormValues& v, bool with_code, bool with_version) {
  nlohmann::json body = nlohmann::json::object();
  if (with_code) body["code"] = v.text.at("code");
  for (const char* f : {"name", "description", "unit", "unit_label", "direction", "source",
                        "period_type", "data_note"}) {
    body[f] = v.text.at(f);
  }
  if (auto r = v.text.find("responsible_organisation"); r != v.text.end()) {
    body["responsible_organisation"] = r->second;
  }
  body["published"] = v.published;
  body["serves"] = nlohmann::json::array();
  for (const auto& s : v.serves) {
    size_t slash = s.find('/');
    if (slash == std::string::npos) continue;
    body["serves"].push_back({{"strategy", s.substr(0, slash)}, {"item", s.substr(slash + 1)}});
  }
  const std::string& bv = v.text.at("baseline_value");
  const std::string& bp = v.text.at("baseline_period");
  if (bv.empty() && bp.empty()) {
    body["baseline"] = nullptr;
  } else {
    body["baseline"] = {{"value", FormNumberJson(bv)}, {"period", bp},
                        {"note", v.text.at("baseline_note")}};
  }
  if (with_version) body["version"] = v.version;
  return body;
}

std::vector<FormField> IndicatorFormFields(RequestContext& ctx, const IndicatorFormValues& v,
                                           const FormProblems& problems, bool code_editable) {
  const Catalogue& t = PageCatalogue(ctx);
  auto field = [&](const std::string& name, FormField::Kind kind = FormField::Kind::kText) {
    FormField f;
    f.name = name;
    f.label = t.Text("indform_field_" + name);
    f.kind = kind;
    if (v.text.count(name)) f.value = v.text.at(name);
    if (auto it = problems.by_field.find(name); it != problems.by_field.end()) f.error = it->second;
    return f;
  };
  std::vector<FormField> out;
  if (code_editable) {
    FormField code = field("code");
    code.required = true;
    code.hint = t.Text("indform_code_hint");
    out.push_back(code);
  }
  FormField name = field("name");
  name.required = true;
  out.push_back(name);
  out.push_back(field("description", FormField::Kind::kTextarea));
  FormField unit = field("unit", FormField::Kind::kSelect);
  for (const char* u : kUnits) unit.options.push_back({u, t.Text(std::string("indform_unit_") + u)});
  out.push_back(unit);
  FormField label = field("unit_label");
  label.hint = t.Text("indform_unit_label_hint");
  out.push_back(label);
  FormField direction = field("direction", FormField::Kind::kSelect);
  for (const char* d : {"higher_is_better", "lower_is_better", "none"}) {
    direction.options.push_back({d, t.Text(std::string("indform_direction_") + d)});
  }
  out.push_back(direction);
  out.push_back(field("source"));
  FormField period_type = field("period_type", FormField::Kind::kSelect);
  for (const char* p : {"year", "tertial", "quarter", "month", "week", "date"}) {
    period_type.options.push_back({p, t.Text(std::string("indform_period_type_") + p)});
  }
  out.push_back(period_type);
  FormField published = field("published", FormField::Kind::kCheckboxes);
  published.options = {{"yes", t.Text("indform_published_yes")}};
  if (v.published) published.selected = {"yes"};
  out.push_back(published);
  FormField serves = field("serves", FormField::Kind::kCheckboxes);
  serves.hint = t.Text("indform_serves_hint");
  const Viewer viewer = Viewer::Of(ctx.user());
  for (const auto& s : VisibleStrategies(ctx.db(), ctx.user())) {
    for (const auto& item : VisibleItemsOf(ctx.db(), viewer, s)) {
      if (item.level > 2) continue;
      std::string heading = (item.code.empty() ? "" : item.code + " ") + item.title;
      serves.options.push_back({s.key + "/" + item.key, heading + " (" + s.name + ")"});
    }
  }
  serves.selected = v.serves;
  out.push_back(serves);
  // Who reports on it in a round: the secretariat decides (domain/indicator_rules.h).
  if (ctx.user() && ctx.user()->role == Role::kAdmin) {
    FormField responsible = field("responsible_organisation", FormField::Kind::kSelect);
    responsible.hint = t.Text("indform_responsible_hint");
    responsible.options.push_back({"", t.Text("indform_responsible_none")});
    for (const auto& org : Organisations(ctx.db())) {
      responsible.options.push_back({org.short_name, org.name + " (" + org.short_name + ")"});
    }
    out.push_back(responsible);
  }
  FormField baseline_value = field("baseline_value", FormField::Kind::kNumber);
  baseline_value.hint = t.Text("indform_baseline_hint");
  if (auto it = problems.by_field.find("baseline"); it != problems.by_field.end()) {
    baseline_value.error += (baseline_value.error.empty() ? "" : " ") + it->second;
  }
  if (auto it = problems.by_field.find("value"); it != problems.by_field.end()) {
    baseline_value.error += (baseline_value.error.empty() ? "" : " ") + it->second;
  }
  out.push_back(baseline_value);
  FormField baseline_period = field("baseline_period");
  if (auto it = problems.by_field.find("period"); it != problems.by_field.end()) {
    baseline_period.error += (baseline_period.error.empty() ? "" : " ") + it->second;
  }
  out.push_back(baseline_period);
  out.push_back(field("baseline_note"));
  out.push_back(field("data_note", FormField::Kind::kTextarea));
  return out;
}

}  // namespace fremdrift
