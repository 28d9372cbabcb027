#include "storage/app_evaluator_store.h"

#include "domain/failure.h"

namespace fremdrift {

std::vector<ApprovedEvaluator> AppEvaluatorStore::List() {
  std::vector<ApprovedEvaluator> out;
  for (const auto& r : conn_.Query("SELECT u.name, o.short_name, v.approved_by, v.approved_on FROM app_evaluators v "
                                   "JOIN users u ON u.id = v.user_id JOIN organisations o ON o.id = u.organisation_id "
                                   "ORDER BY u.name")) {
    out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3)});
  }
  return out;
}

bool AppEvaluatorStore::IsApproved(const std::string& user_name) {
  return !conn_
              .Query("SELECT 1 FROM app_evaluators v JOIN users u ON u.id = v.user_id WHERE u.name = ?",
                     {user_name})
              .empty();
}

void AppEvaluatorStore::Approve(const std::string& user_name, const std::string& by, const std::string& on) {
  auto rows = conn_.Query("SELECT id FROM users WHERE name = ?", {user_name});
  if (rows.empty()) throw Failure(FailureCode::kNotFound, "no user '" + user_name + "'");
  if (IsApproved(user_name)) return;
  conn_.Execute("INSERT INTO app_evaluators (user_id, approved_by, approved_on) VALUES (?, ?, ?)",
                {rows[0].Int(0), by, on});
}

bool AppEvaluatorStore::Revoke(const std::string& user_name) {
  return conn_.Execute("DELETE FROM app_evaluators WHERE user_id IN (SELECT id FROM users WHERE name = ?)",
                       {user_name}) > 0;
}

}  // namespace fremdrift
