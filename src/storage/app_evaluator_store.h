// The users an admin has approved as evaluators of health apps.
#pragma once

#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

struct ApprovedEvaluator {
  std::string name;          // user name
  std::string organisation;  // the user's organisation short name
  std::string approved_by;
  std::string approved_on;
};

class AppEvaluatorStore {
 public:
  explicit AppEvaluatorStore(SqlConnection& conn) : conn_(conn) {}

  std::vector<ApprovedEvaluator> List();  // by name
  bool IsApproved(const std::string& user_name);
  // Approves user `user_name` (kNotFound when there is none); approving
  // twice keeps the first approval.
  void Approve(const std::string& user_name, const std::string& by, const std::string& on);
  // Ends the approval; returns whether there was one.
  bool Revoke(const std::string& user_name);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
