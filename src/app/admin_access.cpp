#include "app/admin_access.h"

#include <algorithm>
#include <string>

#include "domain/user_rules.h"

namespace fremdrift {

void RequireAdministrator(const User& actor) {
  if (!MayAdminister(actor)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' has the " + std::string(RoleName(actor.role)) +
                      " role; only admins may manage organisations and users",
                  "role");
  }
}

std::optional<int64_t> RequiredVersion(const nlohmann::json& body,
                                       std::vector<FieldProblem>& problems) {
  if (!body.contains("version") || body["version"].is_null()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
    return std::nullopt;
  }
  if (!body["version"].is_number_integer() || body["version"].get<int64_t>() < 1) {
    problems.push_back({"version", "must be a positive integer"});
    return std::nullopt;
  }
  return body["version"].get<int64_t>();
}

void UnknownFieldProblems(const nlohmann::json& body, const std::vector<const char*>& known,
                          std::vector<FieldProblem>& problems) {
  for (const auto& [k, v] : body.items()) {
    if (std::none_of(known.begin(), known.end(), [&](const char* f) { return k == f; })) {
      problems.push_back({k, "is not a known field", "unknown_field", {}});
    }
  }
}

}  // namespace fremdrift
