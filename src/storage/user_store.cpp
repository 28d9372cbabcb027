#include "storage/user_store.h"

#include "domain/failure.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

constexpr const char* kUserSelect =
    "SELECT u.id, u.name, o.short_name, u.role, u.version, u.email, u.language, "
    "u.reporting_contact, u.reminders_opt_out FROM users u "
    "JOIN organisations o ON o.id = u.organisation_id ";

User UserFromRow(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2),
          RoleFromName(r.Text(3)).value_or(Role::kReader), r.Int(4),
          r.Text(5), r.Text(6), r.Int(7) != 0, r.Int(8) != 0};
}

}  // namespace

int64_t UserStore::OrganisationId(const std::string& short_name) {
  auto rows = conn_.Query("SELECT id FROM organisations WHERE short_name = ?",
                          {short_name});
  if (rows.empty()) {
    throw Failure(FailureCode::kInvalid,
                  "unknown organisation '" + short_name + "'", "org");
  }
  return rows[0].Int(0);
}

int64_t UserStore::Create(const User& u) {
  int64_t org = OrganisationId(u.organisation);
  if (FindByName(u.name)) {
    throw Failure(FailureCode::kConflict, "a user named '" + u.name + "' exists",
                  "name");
  }
  auto rows = conn_.Query(
      "INSERT INTO users (name, organisation_id, role, created_at, email, language, "
      "reporting_contact, reminders_opt_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {u.name, org, std::string(RoleName(u.role)), UtcNow(), u.email, u.language,
       int64_t{u.reporting_contact}, int64_t{u.reminders_opt_out}});
  return rows.at(0).Int(0);
}

int64_t UserStore::Upsert(const User& u) {
  int64_t org = OrganisationId(u.organisation);
  auto rows = conn_.Query(
      "INSERT INTO users (name, organisation_id, role, created_at) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
      "organisation_id = excluded.organisation_id, role = excluded.role, "
      "version = CASE WHEN users.organisation_id = excluded.organisation_id AND "
      "users.role = excluded.role THEN users.version ELSE users.version + 1 END "
      "RETURNING id",
      {u.name, org, std::string(RoleName(u.role)), UtcNow()});
  return rows.at(0).Int(0);
}

namespace {

// Throws kNotFound or a stale-version kConflict for user `id`.
void RequireUserVersion(SqlConnection& conn, int64_t id, std::optional<int64_t> expected) {
  auto rows = conn.Query("SELECT name, version FROM users WHERE id = ?", {id});
  if (rows.empty()) throw Failure(FailureCode::kNotFound, "no user with id " + std::to_string(id));
  if (expected && rows[0].Int(1) != *expected) {
    throw Failure(FailureCode::kConflict,
                  "user '" + rows[0].Text(0) + "' was changed by someone else: you sent version " +
                      std::to_string(*expected) + ", the current version is " +
                      std::to_string(rows[0].Int(1)),
                  "version");
  }
}

}  // namespace

void UserStore::Update(const User& u) {
  int64_t org = OrganisationId(u.organisation);
  int64_t changed = conn_.Execute(
      "UPDATE users SET organisation_id = ?, role = ?, email = ?, language = ?, "
      "reporting_contact = ?, reminders_opt_out = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      {org, std::string(RoleName(u.role)), u.email, u.language, int64_t{u.reporting_contact},
       int64_t{u.reminders_opt_out}, u.id, u.version});
  if (changed == 0) {
    RequireUserVersion(conn_, u.id, u.version);
    throw Failure(FailureCode::kConflict, "user changed while saving it", "version");
  }
}

void UserStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  RequireUserVersion(conn_, id, expected_version);
  int64_t changed = expected_version
      ? conn_.Execute("DELETE FROM users WHERE id = ? AND version = ?", {id, *expected_version})
      : conn_.Execute("DELETE FROM users WHERE id = ?", {id});
  if (changed == 0) throw Failure(FailureCode::kConflict, "user changed while deleting it", "version");
}

std::optional<User> UserStore::FindByName(const std::string& name) {
  auto rows = conn_.Query(std::string(kUserSelect) + "WHERE u.name = ?", {name});
  if (rows.empty()) return std::nullopt;
  return UserFromRow(rows[0]);
}

std::vector<User> UserStore::List() {
  std::vector<User> out;
  for (const auto& r : conn_.Query(std::string(kUserSelect) + "ORDER BY u.name")) {
    out.push_back(UserFromRow(r));
  }
  return out;
}

void UserStore::SetPasswordHash(int64_t user_id, const std::string& hash) {
  conn_.Execute("UPDATE users SET password_hash = ? WHERE id = ?", {hash, user_id});
}

std::optional<std::string> UserStore::PasswordHash(const std::string& name) {
  auto rows = conn_.Query("SELECT password_hash FROM users WHERE name = ?", {name});
  if (rows.empty()) return std::nullopt;
  return rows[0].Text(0);
}

void UserStore::AddToken(int64_t user_id, const std::string& token_hash) {
  conn_.Execute(
      "INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)",
      {user_id, token_hash, UtcNow()});
}

std::optional<User> UserStore::FindByTokenHash(const std::string& token_hash) {
  auto rows = conn_.Query(std::string(kUserSelect) +
                              "JOIN api_tokens t ON t.user_id = u.id "
                              "WHERE t.token_hash = ?",
                          {token_hash});
  if (rows.empty()) return std::nullopt;
  return UserFromRow(rows[0]);
}

}  // namespace fremdrift
