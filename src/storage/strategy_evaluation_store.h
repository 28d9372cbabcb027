// Strategy evaluations (domain/strategy_evaluation.h) in the database: the
// strategy_evaluations table and each one's questions
// (strategy_evaluation_questions, in order). The strategy is read back as
// its key and the scale as its key.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/strategy_evaluation.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class StrategyEvaluationStore {
 public:
  explicit StrategyEvaluationStore(SqlConnection& conn) : conn_(conn) {}

  // Every evaluation, by strategy key and key, each with its questions.
  std::vector<StrategyEvaluation> List();

  // The evaluations of the strategy with key `strategy_key`, newest first
  // by their date (a date before the bare year it falls in), then by key.
  std::vector<StrategyEvaluation> OfStrategy(const std::string& strategy_key);

  std::optional<StrategyEvaluation> Find(const std::string& strategy_key, const std::string& key);

  // Inserts `evaluation` (at version 1) or replaces the one with its
  // strategy and key, bumping its version, with its questions; the
  // evaluation's own `version` is not read. With `expected_version`, a
  // stored one at another version is not replaced: kConflict naming
  // "version". kInvalid naming "strategy" (rule "unknown_strategy") or
  // "status_scale" (rule "not_a_status_scale") when either is not stored.
  void Upsert(const StrategyEvaluation& evaluation, std::optional<int64_t> expected_version = std::nullopt);

  // Deletes the evaluation of the strategy `strategy_key` with `key`, its
  // questions with it; false when there is none. With `expected_version`,
  // only at that version, else kConflict naming "version".
  bool Delete(const std::string& strategy_key, const std::string& key,
              std::optional<int64_t> expected_version = std::nullopt);

 private:
  std::vector<StrategyEvaluation> Read(const std::string& where, const SqlParams& params, const std::string& order);

  SqlConnection& conn_;
};

}  // namespace fremdrift
