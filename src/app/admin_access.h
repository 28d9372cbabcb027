// What the admin use cases (app/organisation_service.h,
// app/user_service.h) share: the admins-only check and reading the
// `version` a change must carry.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/user.h"

namespace fremdrift {

// Throws Failure(kForbidden) unless `actor` is an admin.
void RequireAdministrator(const User& actor);

// The body's `version` (a positive integer); adds a problem naming
// "version" when it is missing or not one.
std::optional<int64_t> RequiredVersion(const nlohmann::json& body,
                                       std::vector<FieldProblem>& problems);

// Adds a problem for every member of `body` not in `known`.
void UnknownFieldProblems(const nlohmann::json& body, const std::vector<const char*>& known,
                          std::vector<FieldProblem>& problems);

}  // namespace fremdrift
