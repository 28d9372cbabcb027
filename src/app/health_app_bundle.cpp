#include "app/health_app_bundle.h"

#include <algorithm>
#include <map>

#include "app/app_catalogues.h"
#include "domain/date.h"
#include "domain/health_app_label.h"
#include "formats/health_app_json.h"
#include "storage/app_evaluation_store.h"
#include "storage/app_label_store.h"
#include "storage/audit_log.h"
#include "storage/health_app_store.h"
#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

const char* kEvaluationFields[] = {"catalogue", "app_version", "state", "decision", "decision_reason", "evaluator",
                                   "submitted_on", "decided_on", "answers", "reviews"};

// "tryggere-helseapper v1" -> the stored version; nullopt when unknown.
std::optional<AppCatalogue> CatalogueByLabel(SqlConnection& conn, const std::string& label) {
  size_t v = label.rfind(" v");
  if (v == std::string::npos) return std::nullopt;
  try {
    return LoadCatalogue(conn, label.substr(0, v), std::atoi(label.c_str() + v + 2));
  } catch (const Failure&) {
    return std::nullopt;
  }
}

void ImportEvaluation(SqlConnection& conn, const HealthApp& app, const nlohmann::json& in, const std::string& p,
                      const std::string& actor, std::vector<FieldProblem>& problems) {
  if (!in.is_object()) return problems.push_back({p, "must be an object", "not_an_object", {}});
  for (const auto& [k, v] : in.items()) {
    if (std::find(std::begin(kEvaluationFields), std::end(kEvaluationFields), k) == std::end(kEvaluationFields)) {
      problems.push_back({p + "." + k, "is not a known field", "unknown_field", {}});
    }
  }
  size_t before = problems.size();
  Evaluation e;
  e.app_id = app.id;
  auto catalogue = CatalogueByLabel(conn, in.value("catalogue", ""));
  if (!catalogue) {
    problems.push_back({p + ".catalogue", "must name a catalogue version of the bundle, e.g. \"key v1\"",
                        "ha_unknown_key", {{"key", in.value("catalogue", "")}}});
    return;
  }
  e.catalogue_id = catalogue->id;
  e.app_version = in.value("app_version", app.app_version);
  auto state = StateFromKey(in.value("state", "draft"));
  auto decision = DecisionFromKey(in.value("decision", ""));
  if (!state) problems.push_back({p + ".state", "is not a state", "not_a_choice",
                                  {{"value", in.value("state", "")}, {"choices", "draft, submitted, under_review, more_documentation, decided"}}});
  if (!decision) problems.push_back({p + ".decision", "is not a decision", "not_a_choice",
                                     {{"value", in.value("decision", "")}, {"choices", "awarded, refused, withdrawn"}}});
  if (state && decision && ((*state == EvaluationState::kDecided) != (*decision != Decision::kNone))) {
    problems.push_back({p + ".decision", "a decided evaluation has a decision, and only it", "ha_wrong_state",
                        {{"state", StateKey(*state)}}});
  }
  e.state = state.value_or(EvaluationState::kDraft);
  e.decision = decision.value_or(Decision::kNone);
  e.decision_reason = in.value("decision_reason", "");
  e.evaluator = in.value("evaluator", "");
  e.submitted_on = in.value("submitted_on", "");
  e.decided_on = in.value("decided_on", "");
  if (in.contains("answers")) e.answers = AnswersFromJson(in["answers"], p + ".answers", problems);
  if (in.contains("reviews")) e.reviews = ReviewsFromJson(in["reviews"], p + ".reviews", problems);
  for (const auto& a : e.answers) {
    if (!FindRequirement(*catalogue, a.requirement)) {
      problems.push_back({p + ".answers", "'" + a.requirement + "' is not a requirement of the catalogue",
                          "ha_unknown_key", {{"key", a.requirement}}});
    }
  }
  if (e.decision == Decision::kAwarded && Date::Parse(e.decided_on) == std::nullopt) {
    problems.push_back({p + ".decided_on", "an awarded evaluation needs the date it was decided", "not_a_date", {}});
  }
  if (problems.size() > before) return;
  e.id = AppEvaluationStore(conn).Insert(e);
  AuditLog(conn).Append({.actor = actor, .entity = "app_evaluation", .entity_id = std::to_string(e.id),
                         .action = "import", .after = OJson{{"app", app.key}, {"state", StateKey(e.state)},
                                                            {"decision", DecisionKey(e.decision)}}.dump()});
  if (e.decision == Decision::kAwarded) {
    HealthAppLabel label;
    label.app_id = app.id;
    label.evaluation_id = e.id;
    label.app_version = e.app_version;
    label.catalogue_id = catalogue->id;
    label.grades = ComputeLabelGrades(*catalogue, app.category_level, e);
    label.checked_on = e.decided_on;
    label.valid_until = LabelValidUntil(e.decided_on, 2);
    AppLabelStore(conn).Insert(label);
  }
}

void ImportApp(SqlConnection& conn, const nlohmann::json& in, const std::string& p, const std::string& actor,
               std::vector<FieldProblem>& problems, ImportSummary& summary) {
  size_t before = problems.size();
  HealthApp a;
  nlohmann::json fields = in;
  fields.erase("evaluations");
  fields.erase("version");
  ApplyHealthAppFields(fields, a, true, p + ".", problems);
  for (auto& x : ValidateHealthApp(a)) problems.push_back({p + "." + x.field, x.message, x.rule, x.params});
  auto org = OrganisationStore(conn).FindByShortName(a.manufacturer);
  if (!a.manufacturer.empty() && (!org || org->kind != "vendor")) {
    problems.push_back({p + ".manufacturer", "must be an organisation of kind vendor", "ha_not_a_vendor",
                        {{"organisation", a.manufacturer}}});
  }
  if (problems.size() > before) return;
  HealthAppStore store(conn);
  auto existing = store.FindByKey(a.key);
  if (existing) {
    a.id = existing->id;
    a.version = existing->version;
    store.Update(a);
  } else {
    a.id = store.Insert(a);
  }
  AuditLog(conn).Append({.actor = actor, .entity = "health_app", .entity_id = std::to_string(a.id),
                         .action = "import", .after = HealthAppToJson(a).dump()});
  summary.CountRecord("health_apps", !existing);
  if (existing || !in.contains("evaluations")) return;
  if (!in["evaluations"].is_array()) return problems.push_back({p + ".evaluations", "must be an array", "not_an_array", {}});
  for (size_t i = 0; i < in["evaluations"].size(); ++i) {
    ImportEvaluation(conn, a, in["evaluations"][i], p + ".evaluations[" + std::to_string(i) + "]", actor, problems);
  }
}

}  // namespace

void ImportHealthAppSections(SqlConnection& conn, const nlohmann::json& doc, const std::string& root,
                             const std::string& actor, std::vector<FieldProblem>& problems,
                             ImportSummary& summary) {
  if (doc.contains("app_catalogues")) {
    const auto& list = doc["app_catalogues"];
    if (!list.is_array()) {
      problems.push_back({root + ".app_catalogues", "must be an array", "not_an_array", {}});
    } else {
      for (size_t i = 0; i < list.size(); ++i) {
        std::string p = root + ".app_catalogues[" + std::to_string(i) + "].";
        if (ImportCatalogueRecord(conn, list[i], p, actor, problems)) summary.sections["app_catalogues"].created++;
      }
    }
  }
  if (doc.contains("health_apps")) {
    const auto& list = doc["health_apps"];
    if (!list.is_array()) {
      problems.push_back({root + ".health_apps", "must be an array", "not_an_array", {}});
    } else {
      for (size_t i = 0; i < list.size(); ++i) {
        std::string p = root + ".health_apps[" + std::to_string(i) + "]";
        if (!list[i].is_object()) {
          problems.push_back({p, "must be an object", "not_an_object", {}});
          continue;
        }
        ImportApp(conn, list[i], p, actor, problems, summary);
      }
    }
  }
}

void ExportHealthAppSections(SqlConnection& conn, nlohmann::ordered_json& doc) {
  auto catalogues = ListCatalogues(conn);
  if (!catalogues.empty()) {
    doc["app_catalogues"] = nlohmann::ordered_json::array();
    for (const auto& c : catalogues) doc["app_catalogues"].push_back(CatalogueToJson(c));
  }
  auto apps = HealthAppStore(conn).List();
  if (apps.empty()) return;
  std::map<int64_t, std::string> labels;
  for (const auto& c : catalogues) labels[c.id] = CatalogueLabel(c);
  doc["health_apps"] = nlohmann::ordered_json::array();
  for (const auto& a : apps) {
    OJson j = HealthAppToJson(a);
    j.erase("version");
    j["evaluations"] = OJson::array();
    auto evaluations = AppEvaluationStore(conn).List(a.id);
    std::reverse(evaluations.begin(), evaluations.end());  // oldest first
    for (const auto& e : evaluations) {
      j["evaluations"].push_back({{"catalogue", labels[e.catalogue_id]},
                                  {"app_version", e.app_version},
                                  {"state", StateKey(e.state)},
                                  {"decision", DecisionKey(e.decision)},
                                  {"decision_reason", e.decision_reason},
                                  {"evaluator", e.evaluator},
                                  {"submitted_on", e.submitted_on},
                                  {"decided_on", e.decided_on},
                                  {"answers", AnswersToJson(e.answers)},
                                  {"reviews", ReviewsToJson(e.reviews)}});
    }
    doc["health_apps"].push_back(j);
  }
}

}  // namespace fremdrift
