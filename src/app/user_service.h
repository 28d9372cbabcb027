// Managing users on behalf of an admin, for the API and the admin pages
// alike: each call checks that the actor is an admin (else kForbidden),
// validates every field (kInvalid listing each problem with its field),
// writes the change and its audit entries (entity "user", the numeric id)
// in one transaction, and returns the stored user. On any Failure nothing
// is written. A password is hashed with Argon2id (app/password.h); neither
// it nor its hash is ever returned or written to the audit log.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every user, sorted by name (admins only).
std::vector<User> ListUsers(SqlConnection& conn, const User& actor);

// User `name`, for an admin or for that user themselves; kNotFound for
// none (also for other users asking: they learn nothing).
User GetUser(SqlConnection& conn, const User& actor, const std::string& name);

// Whether user `name` has a password set (can sign in to the pages).
bool HasPassword(SqlConnection& conn, const std::string& name);

// Creates a user from `body`: name, organisation (a short name), role
// (admin, editor or reader) and optionally password (at least
// kMinPasswordLength bytes). kConflict (field "name") for a taken name.
User CreateUser(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Changes user `name`: organisation and role present in `body` replace the
// stored ones, and a non-empty password replaces the password (ending the
// user's sessions). `body.version` is required and must be the stored
// version (else kConflict, field "version"). The name cannot change. An
// admin cannot take the admin role from themselves (kInvalid, field
// "role", saying why).
User UpdateUser(SqlConnection& conn, const User& actor, const std::string& name,
                const nlohmann::json& body);

// Deletes user `name` with their API tokens and sessions; when
// `expected_version` is given it must match. An admin cannot delete
// themselves (kConflict, field "name", saying why).
void DeleteUser(SqlConnection& conn, const User& actor, const std::string& name,
                std::optional<int64_t> expected_version);

// Changes the actor's own mail settings (the "Min side" page): "language"
// ("nb" or "en") and "reminders_opt_out" (a boolean) from `body`; any other
// field is refused (kInvalid naming it). Audited as an update of the user.
User UpdateOwnMailSettings(SqlConnection& conn, const User& actor, const nlohmann::json& body);

}  // namespace fremdrift
