#include "formats/health_app_fhir.h"

#include "domain/health_app_catalogue.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

OJson Coding(const char* system, const std::string& code, const std::string& display = "") {
  OJson c = {{"system", system}, {"code", code}};
  if (!display.empty()) c["display"] = display;
  return c;
}

// A CodeableConcept of one coding.
OJson Concept(const char* system, const std::string& code, const std::string& display = "") {
  return {{"coding", OJson::array({Coding(system, code, display)})}};
}

// A CodeableConcept of text only (a value that no code system holds).
OJson TextConcept(const std::string& text) { return {{"text", text}}; }

OJson Property(const OJson& type, OJson values) {
  return {{"type", type}, {"valueCode", std::move(values)}};
}

OJson OwnProperty(const std::string& type, OJson values) {
  return Property(Concept(kFhirHealthAppSystem, type), std::move(values));
}

OJson Capability(const std::string& type, OJson descriptions) {
  return {{"type", Concept(kFhirHealthAppSystem, type)}, {"description", std::move(descriptions)}};
}

OJson Quantity(int value, const std::string& code) {
  return {{"value", value}, {"unit", code}, {"system", kFhirHealthAppSystem}, {"code", code}};
}

std::string LevelName(const AppCatalogue& c, const std::string& key) {
  const CategoryLevel* level = FindLevel(c, key);
  return level ? level->name.nb : "";
}

std::string LabelAreaName(const AppCatalogue& c, const std::string& key) {
  for (const auto& a : c.label_areas) {
    if (a.key == key) return a.name.en.empty() ? a.name.nb : a.name.en;
  }
  return "";
}

OJson Properties(const RegisterEntry& e) {
  OJson out = OJson::array();
  const HealthApp& app = e.app;
  out.push_back(OwnProperty("category-level", OJson::array({Concept(kFhirCategoryLevelSystem, app.category_level,
                                                                    LevelName(e.catalogue, app.category_level))})));
  OJson platforms = OJson::array();
  for (const auto& p : app.platforms) platforms.push_back(Concept(kFhirHealthAppSystem, p));
  if (!platforms.empty()) out.push_back(OwnProperty("platform", std::move(platforms)));
  out.push_back(OwnProperty("needs-approval",
                            OJson::array({Concept(kFhirHealthAppSystem, app.needs_approval ? "yes" : "no")})));
  OJson decision = Concept(kFhirHealthAppSystem, DecisionKey(e.evaluation.decision));
  if (!e.evaluation.decision_reason.empty()) decision["text"] = e.evaluation.decision_reason;
  out.push_back(OwnProperty("decision", OJson::array({decision})));
  out.push_back(OwnProperty("catalogue", OJson::array({TextConcept(CatalogueLabel(e.catalogue))})));
  if (!e.label) return out;
  const LabelGrades& g = e.label->grades;
  if (!g.overall.empty()) {
    out.push_back(OwnProperty("overall", OJson::array({Concept(kFhirHealthAppSystem, g.overall)})));
  }
  for (const auto& a : g.areas) {
    OJson p = {{"type", Concept(kFhirLabelAreaSystem, a.label_area, LabelAreaName(e.catalogue, a.label_area))},
               {"valueQuantity", OJson::array({Quantity(a.met, "met"), Quantity(a.counted, "counted")})}};
    if (!a.grade.empty()) p["valueCode"] = OJson::array({Concept(kFhirHealthAppSystem, a.grade)});
    out.push_back(std::move(p));
  }
  if (!e.due_reason.empty()) {
    out.push_back(OwnProperty("due-for-reassessment", OJson::array({Concept(kFhirHealthAppSystem, e.due_reason)})));
  }
  return out;
}

OJson Capabilities(const HealthApp& app) {
  OJson out = OJson::array();
  out.push_back(Capability("intended-users", OJson::array({TextConcept(app.intended_users)})));
  out.push_back(Capability("intended-use", OJson::array({TextConcept(app.intended_use)})));
  OJson groups = OJson::array();
  for (const auto& g : app.target_groups) groups.push_back(TextConcept(g));
  if (!groups.empty()) out.push_back(Capability("target-group", std::move(groups)));
  return out;
}

// When and against what the app was checked (awarded) or decided.
OJson Note(const RegisterEntry& e) {
  std::string text;
  std::string time;
  if (e.label) {
    time = e.label->checked_on;
    text = "App checked on " + e.label->checked_on + " against " + CatalogueLabel(e.catalogue) + "; label valid until " +
           e.label->valid_until + ".";
  } else {
    time = e.evaluation.decided_on;
    text = "Decided (" + DecisionKey(e.evaluation.decision) + ") on " + e.evaluation.decided_on + ".";
  }
  OJson note = {{"text", text}};
  if (!time.empty()) note = {{"time", time}, {"text", text}};
  return OJson::array({note});
}

}  // namespace

OJson RegisterEntryToFhir(const RegisterEntry& e) {
  const HealthApp& app = e.app;
  const std::string manufacturer = app.manufacturer_name.empty() ? app.manufacturer : app.manufacturer_name;
  OJson organisation = {{"resourceType", "Organization"},
                        {"id", "manufacturer"},
                        {"identifier", OJson::array({{{"system", "urn:fremdrift:organisation"},
                                                       {"value", app.manufacturer}}})},
                        {"name", manufacturer}};
  OJson d = {{"resourceType", "DeviceDefinition"},
             {"id", app.key},
             {"contained", OJson::array({organisation})},
             {"identifier", OJson::array({{{"system", kFhirAppIdentifierSystem}, {"value", app.key}}})},
             {"manufacturerReference", {{"reference", "#manufacturer"}, {"display", manufacturer}}},
             {"deviceName", OJson::array({{{"name", app.name}, {"type", "user-friendly-name"}}})}};
  std::string version = e.evaluation.app_version.empty() ? app.app_version : e.evaluation.app_version;
  if (!version.empty()) d["version"] = OJson::array({version});
  d["capability"] = Capabilities(app);
  d["property"] = Properties(e);
  d["note"] = Note(e);
  return d;
}

OJson RegisterToFhirBundle(const std::vector<RegisterEntry>& entries,
                           const std::function<std::string(const std::string&)>& full_url) {
  OJson list = OJson::array();
  for (const auto& e : entries) {
    OJson entry = OJson::object();
    if (full_url) entry["fullUrl"] = full_url(e.app.key);
    entry["resource"] = RegisterEntryToFhir(e);
    entry["search"] = {{"mode", "match"}};
    list.push_back(std::move(entry));
  }
  return {{"resourceType", "Bundle"}, {"type", "searchset"}, {"total", entries.size()}, {"entry", std::move(list)}};
}

}  // namespace fremdrift
