// Keeping a strategy's evaluations (domain/strategy_evaluation.h) on behalf
// of a user, for the API and the browser form: create, replace and delete
// one, each with its audit entry (entity "strategy_evaluation", id
// "<strategy>/<key>") in one transaction; on any Failure nothing is
// written. An evaluation rates the strategy as a whole, so it is kept as
// the strategy's other records are (its periods, its roadmap versions):
// by admins only. The caller finds the strategy through app/visibility.h
// first. Documented in docs/strategy-model.md, "Evaluations".
//
// A body is the bundle's record (formats/strategy_evaluation_json.h)
// with "strategy" optional (when given, the strategy of the address) and
// "version" as the version the change was made on. Every broken rule is
// a kInvalid naming its field with the domain's rule code; a scale that is
// not stored is "not_a_status_scale" at "status_scale" and an answer off
// the scale "answer_not_on_scale" at "questions[i].answer".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/strategy.h"
#include "domain/strategy_evaluation.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Whether `user` may create, change and delete evaluations: admins.
bool MayKeepEvaluations(const User& user);

// The evaluation of `strategy` with `key`; kNotFound naming "key" when
// there is none.
StrategyEvaluation FindStrategyEvaluation(SqlConnection& conn, const Strategy& strategy, const std::string& key);

// Creates the evaluation in `body` for `strategy` (version 1). kForbidden
// for anyone but an admin; kInvalid naming fields; kConflict on "key"
// (rule "strategy_evaluation_key_taken") when the strategy has one with
// that key.
StrategyEvaluation CreateStrategyEvaluation(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                            const nlohmann::json& body);

// Replaces the evaluation of `strategy` with `key` by `body` (whose "key",
// when given, must be `key`: rule "key_mismatch"). The version check: the
// version from `expected_version` (If-Match) or else the body's "version";
// none, no check; N, the stored one must be at N, else kConflict on
// "version" with rule "strategy_evaluation_stale" and parameters "seen",
// "current" and "by" (who saved last). kNotFound when there is none,
// kForbidden and kInvalid as for creating.
StrategyEvaluation ReplaceStrategyEvaluation(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                             const std::string& key, const nlohmann::json& body,
                                             std::optional<int64_t> expected_version = std::nullopt);

// Deletes the evaluation of `strategy` with `key` (action "delete").
// kNotFound when there is none, kForbidden for anyone but an admin, and
// with `expected_version`, kConflict "strategy_evaluation_stale" when it
// has changed since.
void DeleteStrategyEvaluation(SqlConnection& conn, const User& actor, const Strategy& strategy,
                              const std::string& key, std::optional<int64_t> expected_version);

}  // namespace fremdrift
