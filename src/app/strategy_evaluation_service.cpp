#include "app/strategy_evaluation_service.h"

#include <vector>

#include "app/change_version.h"
#include "app/input_text.h"
#include "domain/failure.h"
#include "formats/strategy_evaluation_json.h"
#include "storage/audit_log.h"
#include "storage/status_scale_store.h"
#include "storage/strategy_evaluation_store.h"

namespace fremdrift {
namespace {

std::string AuditId(const StrategyEvaluation& e) { return e.strategy + "/" + e.key; }

std::string AuditJson(const StrategyEvaluation& e) { return StrategyEvaluationApiJson(e).dump(); }

void RequireMayKeep(const User& actor) {
  if (!MayKeepEvaluations(actor)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' may not keep strategy evaluations: only an admin may", "role",
                  "evaluation_forbidden", {});
  }
}

// The refusal of a change on version `seen` of `now`, naming who saved last.
Failure StaleEvaluation(SqlConnection& conn, const StrategyEvaluation& now, int64_t seen) {
  return StaleVersion(conn, "strategy_evaluation", AuditId(now), "evaluation", "strategy_evaluation_stale",
                      now.version, seen);
}

// The evaluation `body` describes for `strategy`, its key `key` when not
// "" (a replacement); kInvalid naming every problem, the answers checked
// against the stored scale.
StrategyEvaluation ReadEvaluation(SqlConnection& conn, const Strategy& strategy, const std::string& key,
                                  const nlohmann::json& body) {
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  nlohmann::json record = body;
  record.erase("version");  // the version a change was made on, not part of the record
  if (auto it = record.find("strategy"); it == record.end() || it->is_null()) {
    record["strategy"] = strategy.key;
  } else if (*it != strategy.key) {
    problems.push_back({"strategy", "must be the strategy of the address, " + strategy.key,
                        "evaluation_strategy_mismatch", {{"strategy", strategy.key}}});
    record["strategy"] = strategy.key;
  }
  if (!key.empty()) {
    if (auto it = record.find("key"); it == record.end() || it->is_null()) {
      record["key"] = key;
    } else if (*it != key) {
      problems.push_back({"key", "must be the key in the address", "key_mismatch", {}});
      record["key"] = key;
    }
  }
  StrategyEvaluation e = StrategyEvaluationFromJson(record, "", problems);
  bool scale_named = true;
  for (const auto& p : problems) scale_named = scale_named && p.field != "status_scale";
  if (scale_named) {
    auto scale = StatusScaleStore(conn).Find(e.status_scale);
    if (!scale) {
      problems.push_back({"status_scale", "no status scale '" + e.status_scale + "'", "not_a_status_scale",
                          {{"scale", e.status_scale}}});
    } else {
      for (auto& p : EvaluationAnswerProblems(e, *scale)) problems.push_back(std::move(p));
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  return e;
}

}  // namespace

bool MayKeepEvaluations(const User& user) { return user.role == Role::kAdmin; }

StrategyEvaluation FindStrategyEvaluation(SqlConnection& conn, const Strategy& strategy, const std::string& key) {
  auto e = StrategyEvaluationStore(conn).Find(strategy.key, key);
  if (!e) throw Failure(FailureCode::kNotFound, "no evaluation '" + key + "' of " + strategy.key, "key");
  return *e;
}

StrategyEvaluation CreateStrategyEvaluation(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                            const nlohmann::json& body) {
  RequireMayKeep(actor);
  RequireValidInputText(body);
  WriteTransaction tx(conn);
  StrategyEvaluation e = ReadEvaluation(conn, strategy, "", body);
  StrategyEvaluationStore store(conn);
  try {
    store.Upsert(e, 0);  // no stored one is at version 0: an existing key is refused
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    throw Failure(FailureCode::kConflict,
                  "the strategy " + strategy.key + " has an evaluation with the key '" + e.key + "' already", "key",
                  "strategy_evaluation_key_taken", {{"key", e.key}});
  }
  StrategyEvaluation stored = *store.Find(strategy.key, e.key);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "strategy_evaluation",
                         .entity_id = AuditId(stored),
                         .action = "create",
                         .before = "",
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

StrategyEvaluation ReplaceStrategyEvaluation(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                             const std::string& key, const nlohmann::json& body,
                                             std::optional<int64_t> expected_version) {
  RequireMayKeep(actor);
  RequireValidInputText(body);
  std::optional<int64_t> expected = ChangeVersion(body, expected_version);
  WriteTransaction tx(conn);
  StrategyEvaluation before = FindStrategyEvaluation(conn, strategy, key);
  StrategyEvaluation e = ReadEvaluation(conn, strategy, key, body);
  if (expected && before.version != *expected) throw StaleEvaluation(conn, before, *expected);
  StrategyEvaluationStore store(conn);
  try {
    store.Upsert(e, before.version);  // a writer that came between is refused
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    throw StaleEvaluation(conn, FindStrategyEvaluation(conn, strategy, key), expected.value_or(before.version));
  }
  StrategyEvaluation stored = *store.Find(strategy.key, key);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "strategy_evaluation",
                         .entity_id = AuditId(stored),
                         .action = "update",
                         .before = AuditJson(before),
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

void DeleteStrategyEvaluation(SqlConnection& conn, const User& actor, const Strategy& strategy,
                              const std::string& key, std::optional<int64_t> expected_version) {
  RequireMayKeep(actor);
  WriteTransaction tx(conn);
  StrategyEvaluation before = FindStrategyEvaluation(conn, strategy, key);
  if (expected_version && before.version != *expected_version) throw StaleEvaluation(conn, before, *expected_version);
  try {
    StrategyEvaluationStore(conn).Delete(strategy.key, key, before.version);
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    throw StaleEvaluation(conn, FindStrategyEvaluation(conn, strategy, key), expected_version.value_or(before.version));
  }
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "strategy_evaluation",
                         .entity_id = AuditId(before),
                         .action = "delete",
                         .before = AuditJson(before),
                         .after = ""});
  tx.Commit();
}

}  // namespace fremdrift
