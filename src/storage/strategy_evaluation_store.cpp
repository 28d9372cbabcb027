#include "storage/strategy_evaluation_store.h"

#include <map>

#include "domain/failure.h"

namespace fremdrift {

std::vector<StrategyEvaluation> StrategyEvaluationStore::Read(const std::string& where, const SqlParams& params,
                                                              const std::string& order) {
  std::vector<StrategyEvaluation> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(
           "SELECT e.id, s.key, e.key, e.title_nb, e.title_en, e.evaluated, e.source, c.key, e.version "
           "FROM strategy_evaluations e JOIN strategies s ON s.id = e.strategy_id "
           "JOIN status_scales c ON c.id = e.status_scale_id" +
               where + " ORDER BY " + order,
           params)) {
    StrategyEvaluation e;
    e.id = r.Int(0);
    e.strategy = r.Text(1);
    e.key = r.Text(2);
    e.title_nb = r.Text(3);
    e.title_en = r.Text(4);
    e.date = r.Text(5);
    e.source = r.Text(6);
    e.status_scale = r.Text(7);
    e.version = r.Int(8);
    index[e.id] = out.size();
    out.push_back(std::move(e));
  }
  if (out.empty()) return out;
  for (const auto& r : conn_.Query(
           "SELECT q.evaluation_id, q.question_nb, q.question_en, q.answer, q.comment_nb, q.comment_en "
           "FROM strategy_evaluation_questions q JOIN strategy_evaluations e ON e.id = q.evaluation_id "
           "JOIN strategies s ON s.id = e.strategy_id" +
               where + " ORDER BY q.evaluation_id, q.position",
           params)) {
    auto it = index.find(r.Int(0));
    if (it == index.end()) continue;
    out[it->second].questions.push_back({r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5)});
  }
  return out;
}

std::vector<StrategyEvaluation> StrategyEvaluationStore::List() { return Read("", {}, "s.key, e.key"); }

std::vector<StrategyEvaluation> StrategyEvaluationStore::OfStrategy(const std::string& strategy_key) {
  return Read(" WHERE s.key = ?", {strategy_key}, "e.evaluated DESC, e.key");
}

std::optional<StrategyEvaluation> StrategyEvaluationStore::Find(const std::string& strategy_key,
                                                                 const std::string& key) {
  auto found = Read(" WHERE s.key = ? AND e.key = ?", {strategy_key, key}, "e.key");
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void StrategyEvaluationStore::Upsert(const StrategyEvaluation& e, std::optional<int64_t> expected_version) {
  auto strategy = conn_.Query("SELECT id FROM strategies WHERE key = ?", {e.strategy});
  if (strategy.empty()) {
    throw Failure(FailureCode::kInvalid, "no strategy '" + e.strategy + "'", "strategy", "unknown_strategy",
                  {{"strategy", e.strategy}});
  }
  auto scale = conn_.Query("SELECT id FROM status_scales WHERE key = ?", {e.status_scale});
  if (scale.empty()) {
    throw Failure(FailureCode::kInvalid, "no status scale '" + e.status_scale + "'", "status_scale",
                  "not_a_status_scale", {{"scale", e.status_scale}});
  }
  int64_t strategy_id = strategy[0].Int(0);
  int64_t scale_id = scale[0].Int(0);
  SqlParams params{strategy_id, e.key, e.title_nb, e.title_en, e.date, e.source, scale_id};
  if (expected_version) params.push_back(*expected_version);
  auto written = conn_.Query(
      "INSERT INTO strategy_evaluations (strategy_id, key, title_nb, title_en, evaluated, source, status_scale_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (strategy_id, key) DO UPDATE SET title_nb = excluded.title_nb, "
      "title_en = excluded.title_en, evaluated = excluded.evaluated, source = excluded.source, "
      "status_scale_id = excluded.status_scale_id, version = strategy_evaluations.version + 1" +
          std::string(expected_version ? " WHERE strategy_evaluations.version = ?" : "") + " RETURNING id",
      params);
  if (written.empty()) {
    throw Failure(FailureCode::kConflict, "evaluation '" + e.strategy + "/" + e.key + "' is not at version " +
                                              std::to_string(*expected_version), "version");
  }
  int64_t id = written.at(0).Int(0);
  conn_.Execute("DELETE FROM strategy_evaluation_questions WHERE evaluation_id = ?", {id});
  int64_t position = 0;
  for (const auto& q : e.questions) {
    conn_.Execute(
        "INSERT INTO strategy_evaluation_questions (evaluation_id, position, question_nb, question_en, answer, "
        "comment_nb, comment_en) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, position++, q.question_nb, q.question_en, q.answer, q.comment_nb, q.comment_en});
  }
}

bool StrategyEvaluationStore::Delete(const std::string& strategy_key, const std::string& key,
                                     std::optional<int64_t> expected_version) {
  SqlParams params{strategy_key, key};
  if (expected_version) params.push_back(*expected_version);
  // The questions go with it (ON DELETE CASCADE).
  int64_t gone = conn_.Execute(
      std::string("DELETE FROM strategy_evaluations WHERE strategy_id = (SELECT id FROM strategies WHERE key = ?) "
                  "AND key = ?") +
          (expected_version ? " AND version = ?" : ""),
      params);
  if (gone > 0) return true;
  if (expected_version && Find(strategy_key, key)) {
    throw Failure(FailureCode::kConflict, "evaluation '" + strategy_key + "/" + key + "' is not at version " +
                                              std::to_string(*expected_version), "version");
  }
  return false;
}

}  // namespace fremdrift
