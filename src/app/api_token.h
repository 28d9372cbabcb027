// API tokens: random secrets handed to a user once and stored only as a
// SHA-256 hash. A token is 32 random bytes, so a fast hash is enough (a
// slow password hash guards low-entropy secrets; these are not).
#pragma once

#include <optional>
#include <string>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A new random token: "fr_" followed by 64 hex digits.
std::string GenerateToken();

// The hash stored for `token` (hex SHA-256).
std::string HashToken(const std::string& token);

// Creates a token for the user named `user_name` (kNotFound if none),
// stores its hash, writes the audit log and returns the plain token.
std::string CreateToken(SqlConnection& conn, const std::string& user_name);

// The user a token belongs to, or nullopt for an unknown token.
std::optional<User> AuthenticateToken(SqlConnection& conn, const std::string& token);

}  // namespace fremdrift
