#include "app/change_version.h"

#include "domain/failure.h"
#include "storage/audit_log.h"

namespace fremdrift {

std::optional<int64_t> ChangeVersion(const nlohmann::json& body, std::optional<int64_t> if_match) {
  if (if_match) return if_match;
  auto it = body.find("version");
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<int64_t>() < 0) {
    throw Failure::Invalid(FieldProblem{"version", "must be a whole number, 0 for a new record"});
  }
  return it->get<int64_t>();
}

Failure StaleVersion(SqlConnection& conn, const std::string& entity, const std::string& id,
                     const std::string& noun, const std::string& rule, int64_t current, int64_t seen) {
  auto last = AuditLog(conn).List(entity, id, 1);
  std::string by = last.empty() ? "" : last.front().actor;
  return Failure(FailureCode::kConflict,
                 noun + " '" + id + "' was changed after version " + std::to_string(seen) + " (now version " +
                     std::to_string(current) + (by.empty() ? "" : ", last by " + by) +
                     "). Load it again and redo your change.",
                 "version", rule,
                 {{"seen", std::to_string(seen)}, {"current", std::to_string(current)}, {"by", by}});
}

}  // namespace fremdrift
