#include "app/indicator_service.h"

#include "app/input_text.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "formats/indicator_json.h"
#include "storage/audit_log.h"
#include "storage/indicator_store.h"
#include "storage/organisation_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

void RequireMayEditIndicators(const User& actor) {
  if (!MayEditIndicators(actor)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' has the reader role and may not change indicators");
  }
}

Indicator ExistingIndicator(SqlConnection& conn, const std::string& code) {
  auto ind = IndicatorStore(conn).FindByCode(code);
  if (!ind) throw Failure(FailureCode::kNotFound, "no indicator '" + code + "'", "code");
  return *ind;
}

// The required `version` member, or a problem.
std::optional<int64_t> VersionMember(const nlohmann::json& body, std::vector<FieldProblem>& problems) {
  auto v = body.find("version");
  if (v == body.end() || v->is_null()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  } else if (!v->is_number_integer()) {
    problems.push_back({"version", "must be an integer", "not_a_whole_number", {}});
  } else {
    return v->get<int64_t>();
  }
  return std::nullopt;
}

// Reads an indicator from its full JSON form and checks everything that
// needs the database: the indicators it names and the plan items it serves.
Indicator ParseAndCheck(SqlConnection& conn, const nlohmann::json& full,
                        std::vector<FieldProblem> problems) {
  Indicator ind = IndicatorFromJson(full, "", problems);
  for (auto& p : ValidateIndicator(ind)) problems.push_back(std::move(p));
  IndicatorStore store(conn);
  auto must_exist = [&](const std::string& field, const std::string& code) {
    if (!code.empty() && code != ind.code && !store.Stamp(code)) {
      problems.push_back({field, "no indicator '" + code + "'"});
    }
  };
  if (ind.kind == IndicatorKind::kRatio) {
    must_exist("numerator", ind.numerator);
    must_exist("denominator", ind.denominator);
  }
  must_exist("parent", ind.parent);
  if (!ind.responsible_organisation.empty() &&
      !OrganisationStore(conn).FindByShortName(ind.responsible_organisation)) {
    problems.push_back({"responsible_organisation", "no organisation '" + ind.responsible_organisation + "'"});
  }
  for (size_t k = 0; k < ind.serves.size(); ++k) {
    const auto& s = ind.serves[k];
    if (s.strategy.empty() || s.item.empty()) continue;
    auto strategy = StrategyStore(conn).FindByKey(s.strategy);
    if (!strategy || !PlanItemStore(conn).FindByKey(strategy->id, s.item)) {
      problems.push_back({"serves[" + std::to_string(k) + "]",
                          "no plan item '" + s.item + "' in strategy '" + s.strategy + "'"});
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  return ind;
}

// The stored indicator in the JSON form IndicatorFromJson reads.
nlohmann::json StoredJson(const Indicator& current) {
  return nlohmann::json::parse(IndicatorToJson(current).dump());
}

// Writes `changed` over `current` (whose version the caller read as
// `version`) and audits it.
Indicator Save(SqlConnection& conn, const User& actor, const Indicator& current,
               const Indicator& changed, int64_t version) {
  std::string refusal = ResponsibleChangeRefusal(actor, current.responsible_organisation,
                                                 changed.responsible_organisation);
  if (!refusal.empty()) throw Failure(FailureCode::kForbidden, refusal, "responsible_organisation");
  IndicatorStore store(conn);
  store.ClaimVersion(current.id, version);
  store.Upsert(changed);
  Indicator stored = *store.FindByCode(current.code);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "indicator",
                         .entity_id = current.code,
                         .action = "update",
                         .before = IndicatorAuditJson(current),
                         .after = IndicatorAuditJson(stored)});
  return stored;
}

// Changes indicator `code` with `edit`, given its stored JSON form and
// the problem list, after checking the caller's `body.version`.
template <typename Edit>
Indicator Change(SqlConnection& conn, const User& actor, const std::string& code,
                 const nlohmann::json& body, Edit edit) {
  RequireMayEditIndicators(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  Indicator current = ExistingIndicator(conn, code);
  std::vector<FieldProblem> problems;
  auto version = VersionMember(body, problems);
  nlohmann::json full = StoredJson(current);
  edit(full, problems);
  Indicator changed = ParseAndCheck(conn, full, problems);
  Indicator stored = Save(conn, actor, current, changed, *version);
  tx.Commit();
  return stored;
}

// A target from the API body: the members of a target, without `version`.
nlohmann::json TargetBody(const nlohmann::json& body) {
  nlohmann::json t = nlohmann::json::object();
  for (const auto& [k, v] : body.items()) {
    if (k != "version") t[k] = v;
  }
  return t;
}

void CheckTargetNumber(const nlohmann::json& targets, int number, const std::string& code) {
  if (number < 1 || number > static_cast<int>(targets.size())) {
    throw Failure(FailureCode::kNotFound,
                  "indicator '" + code + "' has no target " + std::to_string(number), "number");
  }
}

}  // namespace

std::string IndicatorAuditJson(const Indicator& i) {
  nlohmann::ordered_json j{{"id", i.id}};
  j.update(IndicatorToJson(i));
  j["version"] = i.version;
  return j.dump();
}

Indicator CreateIndicator(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireMayEditIndicators(actor);
  WriteTransaction tx(conn);
  Indicator ind = ParseAndCheck(conn, body, {});
  std::string refusal = ResponsibleChangeRefusal(actor, "", ind.responsible_organisation);
  if (!refusal.empty()) throw Failure(FailureCode::kForbidden, refusal, "responsible_organisation");
  IndicatorStore store(conn);
  if (store.Stamp(ind.code)) {
    throw Failure(FailureCode::kConflict, "there is an indicator with code '" + ind.code + "' already",
                  "code", "duplicate_key", {{"key", ind.code}});
  }
  store.Upsert(ind);
  Indicator stored = *store.FindByCode(ind.code);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "indicator",
                         .entity_id = stored.code,
                         .action = "create",
                         .after = IndicatorAuditJson(stored)});
  tx.Commit();
  return stored;
}

Indicator UpdateIndicator(SqlConnection& conn, const User& actor, const std::string& code,
                          const nlohmann::json& body) {
  RequireValidInputText(body);
  return Change(conn, actor, code, body, [&](nlohmann::json& full, std::vector<FieldProblem>& problems) {
    if (auto c = body.find("code"); c != body.end() && *c != code) {
      problems.push_back({"code", "cannot be changed; create a new indicator instead"});
    }
    for (const auto& [k, v] : body.items()) {
      if (k != "version" && k != "code") full[k] = v;
    }
  });
}

void DeleteIndicator(SqlConnection& conn, const User& actor, const std::string& code,
                     std::optional<int64_t> expected_version) {
  RequireMayEditIndicators(actor);
  WriteTransaction tx(conn);
  Indicator current = ExistingIndicator(conn, code);
  IndicatorStore store(conn);
  if (expected_version) store.ClaimVersion(current.id, *expected_version);
  auto refs = store.ReferencesTo(code);
  if (!refs.empty()) {
    std::string list;
    for (const auto& r : refs) list += (list.empty() ? "" : ", ") + r;
    throw Failure(FailureCode::kConflict,
                  "indicator '" + code + "' cannot be deleted while these refer to it: " + list, "code",
                  "still_referenced_by_others", {});
  }
  store.Delete(current.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "indicator",
                         .entity_id = code,
                         .action = "delete",
                         .before = IndicatorAuditJson(current)});
  tx.Commit();
}

Indicator AddTarget(SqlConnection& conn, const User& actor, const std::string& code,
                    const nlohmann::json& body) {
  RequireValidInputText(body);
  return Change(conn, actor, code, body, [&](nlohmann::json& full, auto&) {
    full["targets"].push_back(TargetBody(body));
  });
}

Indicator UpdateTarget(SqlConnection& conn, const User& actor, const std::string& code, int number,
                       const nlohmann::json& body) {
  RequireValidInputText(body);
  return Change(conn, actor, code, body, [&](nlohmann::json& full, auto&) {
    CheckTargetNumber(full["targets"], number, code);
    full["targets"][static_cast<size_t>(number - 1)] = TargetBody(body);
  });
}

Indicator RemoveTarget(SqlConnection& conn, const User& actor, const std::string& code, int number,
                       int64_t expected_version) {
  return Change(conn, actor, code, nlohmann::json{{"version", expected_version}},
                [&](nlohmann::json& full, auto&) {
                  CheckTargetNumber(full["targets"], number, code);
                  full["targets"].erase(static_cast<size_t>(number - 1));
                });
}

}  // namespace fremdrift
