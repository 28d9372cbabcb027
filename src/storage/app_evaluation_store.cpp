#include "storage/app_evaluation_store.h"

#include "domain/failure.h"

namespace fremdrift {

std::vector<Evaluation> AppEvaluationStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<Evaluation> out;
  for (const auto& r : conn_.Query(
           "SELECT e.id, e.app_id, e.app_version, e.catalogue_id, e.state, e.decision, e.decision_reason, "
           "COALESCE(u.name, ''), e.submitted_on, e.decided_on, e.version FROM app_evaluations e "
           "LEFT JOIN users u ON u.id = e.evaluator_id " + where + " ORDER BY e.id DESC",
           params)) {
    Evaluation e;
    e.id = r.Int(0);
    e.app_id = r.Int(1);
    e.app_version = r.Text(2);
    e.catalogue_id = r.Int(3);
    e.state = StateFromKey(r.Text(4)).value_or(EvaluationState::kDraft);
    e.decision = DecisionFromKey(r.Text(5)).value_or(Decision::kNone);
    e.decision_reason = r.Text(6);
    e.evaluator = r.Text(7);
    e.submitted_on = r.Text(8);
    e.decided_on = r.Text(9);
    e.version = r.Int(10);
    out.push_back(std::move(e));
  }
  for (auto& e : out) {
    for (const auto& r : conn_.Query("SELECT requirement, answer, evidence FROM app_answers "
                                     "WHERE evaluation_id = ? ORDER BY requirement",
                                     {e.id})) {
      e.answers.push_back({r.Text(0), AnswerFromKey(r.Text(1)).value_or(Answer::kNo), r.Text(2)});
    }
    for (const auto& r : conn_.Query("SELECT requirement, verdict, comment, reviewer, reviewed_on FROM app_reviews "
                                     "WHERE evaluation_id = ? ORDER BY requirement",
                                     {e.id})) {
      e.reviews.push_back({r.Text(0), VerdictFromKey(r.Text(1)).value_or(Verdict::kNotAccepted), r.Text(2), r.Text(3),
                           r.Text(4)});
    }
  }
  return out;
}

std::optional<Evaluation> AppEvaluationStore::FindById(int64_t id) {
  auto found = Select("WHERE e.id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::vector<Evaluation> AppEvaluationStore::List(int64_t app_id) {
  return app_id ? Select("WHERE e.app_id = ?", {app_id}) : Select("", {});
}

SqlValue AppEvaluationStore::EvaluatorId(const std::string& name) {
  if (name.empty()) return nullptr;
  auto rows = conn_.Query("SELECT id FROM users WHERE name = ?", {name});
  if (rows.empty()) {
    throw Failure(FailureCode::kInvalid, "no user '" + name + "'", "evaluator", "ha_unknown_user", {{"user", name}});
  }
  return rows[0].Int(0);
}

int64_t AppEvaluationStore::Insert(const Evaluation& e) {
  int64_t id = conn_
                   .Query("INSERT INTO app_evaluations (app_id, app_version, catalogue_id, state, decision, "
                          "decision_reason, evaluator_id, submitted_on, decided_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "RETURNING id",
                          {e.app_id, e.app_version, e.catalogue_id, StateKey(e.state), DecisionKey(e.decision),
                           e.decision_reason, EvaluatorId(e.evaluator), e.submitted_on, e.decided_on})
                   .at(0)
                   .Int(0);
  SaveAnswers(id, e.answers);
  SaveReviews(id, e.reviews);
  return id;
}

void AppEvaluationStore::UpdateState(const Evaluation& e) {
  int64_t changed = conn_.Execute(
      "UPDATE app_evaluations SET state = ?, decision = ?, decision_reason = ?, evaluator_id = ?, "
      "submitted_on = ?, decided_on = ?, version = version + 1 WHERE id = ? AND version = ?",
      {StateKey(e.state), DecisionKey(e.decision), e.decision_reason, EvaluatorId(e.evaluator), e.submitted_on,
       e.decided_on, e.id, e.version});
  if (changed == 0) {
    throw Failure(FailureCode::kConflict, "the evaluation was changed by someone else: read it again", "version",
                  "ha_stale_version", {});
  }
}

void AppEvaluationStore::SaveAnswers(int64_t id, const std::vector<RequirementAnswer>& answers) {
  for (const auto& a : answers) {
    conn_.Execute("DELETE FROM app_answers WHERE evaluation_id = ? AND requirement = ?", {id, a.requirement});
    conn_.Execute("INSERT INTO app_answers (evaluation_id, requirement, answer, evidence) VALUES (?, ?, ?, ?)",
                  {id, a.requirement, AnswerKey(a.answer), a.evidence});
  }
}

void AppEvaluationStore::SaveReviews(int64_t id, const std::vector<RequirementReview>& reviews) {
  for (const auto& r : reviews) {
    conn_.Execute("DELETE FROM app_reviews WHERE evaluation_id = ? AND requirement = ?", {id, r.requirement});
    conn_.Execute("INSERT INTO app_reviews (evaluation_id, requirement, verdict, comment, reviewer, reviewed_on) "
                  "VALUES (?, ?, ?, ?, ?, ?)",
                  {id, r.requirement, VerdictKey(r.verdict), r.comment, r.reviewer, r.reviewed_on});
  }
}

}  // namespace fremdrift
