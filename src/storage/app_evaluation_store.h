// Evaluations of health apps with the vendor's answers and the
// evaluator's verdicts. State changes are optimistic: they succeed only
// when the stored version is the one the caller read (kConflict
// otherwise), and bump it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/health_app_evaluation.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class AppEvaluationStore {
 public:
  explicit AppEvaluationStore(SqlConnection& conn) : conn_(conn) {}

  // With answers and reviews.
  std::optional<Evaluation> FindById(int64_t id);
  // Of one app, newest first, or of all apps when `app_id` is 0.
  std::vector<Evaluation> List(int64_t app_id = 0);
  // Inserts `e` with its answers and reviews; the evaluator, when given,
  // must be a user name (kInvalid otherwise). Returns the id.
  int64_t Insert(const Evaluation& e);
  // Writes state, decision, reason, evaluator and dates of `e` when the
  // stored version is `e.version`.
  void UpdateState(const Evaluation& e);
  // Replaces the answer or verdict of each requirement given.
  void SaveAnswers(int64_t id, const std::vector<RequirementAnswer>& answers);
  void SaveReviews(int64_t id, const std::vector<RequirementReview>& reviews);

 private:
  SqlValue EvaluatorId(const std::string& name);
  std::vector<Evaluation> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
