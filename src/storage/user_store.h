// Users and their API tokens. Tokens are stored only as a hash (see
// app/api_token.h); the plain token is shown once when created.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class UserStore {
 public:
  explicit UserStore(SqlConnection& conn) : conn_(conn) {}

  // Creates a user of an existing organisation. Throws kInvalid (field
  // "org") for an unknown organisation and kConflict for a taken name.
  int64_t Create(const User& user);
  // Creates or updates the user with the same name (bundle import),
  // bumping its version when it changes.
  int64_t Upsert(const User& user);
  // Stores organisation, role and mail settings of user `user.id` if its stored version
  // is `user.version`, bumping it by one. Throws kInvalid (field
  // "org") for an unknown organisation, kNotFound for no such
  // user and kConflict (field "version") for a stale version.
  void Update(const User& user);
  // Deletes user `id` (with its tokens and sessions) if its stored version
  // is `expected_version` (when given); kNotFound / kConflict as Update.
  void Delete(int64_t id, std::optional<int64_t> expected_version);
  std::optional<User> FindByName(const std::string& name);
  std::vector<User> List();  // sorted by name

  // Sets the user's password hash (app/password.h makes it).
  void SetPasswordHash(int64_t user_id, const std::string& hash);
  // The stored password hash of the user named `name`: "" when the user
  // has none; nullopt when there is no such user.
  std::optional<std::string> PasswordHash(const std::string& name);

  void AddToken(int64_t user_id, const std::string& token_hash);
  // The owner of a token hash, or nullopt when no such token exists.
  std::optional<User> FindByTokenHash(const std::string& token_hash);

 private:
  int64_t OrganisationId(const std::string& short_name);
  SqlConnection& conn_;
};

}  // namespace fremdrift
