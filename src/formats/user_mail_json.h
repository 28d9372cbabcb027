// The JSON form of a user's mail settings (domain/user.h): "email",
// "language" ("nb" or "en"), "reporting_contact" and "reminders_opt_out"
// (booleans). The API's user objects carry them beside the user's fields.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/user.h"

namespace fremdrift {

nlohmann::json UserMailSettingsToJson(const User& u);

// Sets on `user` each mail setting that `body` contains. A wrong type or
// an unknown language adds a problem naming the field; the address itself
// is checked by domain/user_rules.h.
void ApplyUserMailSettings(const nlohmann::json& body, User& user,
                           std::vector<FieldProblem>& problems);

}  // namespace fremdrift
