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

  // Inserts `evaluation` or replaces the one with its strategy and key,
  // with its questions. kInvalid naming "strategy" (rule
  // "unknown_strategy") or "status_scale" (rule "not_a_status_scale")
  // when either is not stored.
  void Upsert(const StrategyEvaluation& evaluation);

 private:
  std::vector<StrategyEvaluation> Read(const std::string& where, const SqlParams& params, const std::string& order);

  SqlConnection& conn_;
};

}  // namespace fremdrift
