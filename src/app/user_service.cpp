#include "app/user_service.h"

#include "app/input_text.h"
#include "app/admin_access.h"
#include "app/password.h"
#include "app/sign_in.h"
#include "domain/failure.h"
#include "domain/user_rules.h"
#include "formats/plan_json.h"
#include "formats/user_mail_json.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

std::string AuditJson(const User& u) {
  Json j{{"id", u.id}};
  j.update(UserToJson(u));
  j.update(UserMailSettingsToJson(u));
  j["version"] = u.version;
  return j.dump();
}

User ExistingUser(SqlConnection& conn, const std::string& name) {
  auto user = UserStore(conn).FindByName(name);
  if (!user) throw Failure(FailureCode::kNotFound, "no user named '" + name + "'", "name");
  return *user;
}

// Reads organisation and role from `body` into `user` when present.
void ApplyFields(SqlConnection& conn, const nlohmann::json& body, User& user, bool required,
                 std::vector<FieldProblem>& problems) {
  if (required || body.contains("organisation")) {
    user.organisation = StringMember(body, "organisation", "", required, problems);
    if (!user.organisation.empty() &&
        !OrganisationStore(conn).FindByShortName(user.organisation)) {
      problems.push_back({"organisation", "no organisation with short name '" +
                                              user.organisation + "'"});
    } else if (user.organisation.empty() && body.contains("organisation")) {
      problems.push_back({"organisation", "is required", "required", {}});
    }
  }
  if (required || body.contains("role")) {
    std::string role = StringMember(body, "role", "", required, problems);
    if (auto r = RoleFromName(role)) {
      user.role = *r;
    } else if (body.contains("role") && body["role"].is_string()) {
      problems.push_back({"role", "must be admin, editor or reader"});
    }
  }
  ApplyUserMailSettings(body, user, problems);
  if (auto p = EmailAddressProblem(user.email); !p.empty()) {
    problems.push_back({"email", p, "not_an_email_address", {}});
  }
}

// The hash of the body's password, or "" when it sets none. Hashing is
// slow, so it is done before the write transaction starts.
std::string PasswordHashFromBody(const nlohmann::json& body, std::vector<FieldProblem>& problems) {
  if (!body.contains("password") || body["password"].is_null()) return "";
  std::string password = StringMember(body, "password", "", false, problems);
  if (password.empty()) return "";
  if (password.size() < kMinPasswordLength) {
    problems.push_back(
        {"password", "must be at least " + std::to_string(kMinPasswordLength) + " characters"});
    return "";
  }
  return HashPassword(password);
}

}  // namespace

std::vector<User> ListUsers(SqlConnection& conn, const User& actor) {
  RequireAdministrator(actor);
  return UserStore(conn).List();
}

User GetUser(SqlConnection& conn, const User& actor, const std::string& name) {
  if (actor.name != name) RequireAdministrator(actor);
  return ExistingUser(conn, name);
}

bool HasPassword(SqlConnection& conn, const std::string& name) {
  auto hash = UserStore(conn).PasswordHash(name);
  return hash && !hash->empty();
}

User CreateUser(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireAdministrator(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  UnknownFieldProblems(body, {"name", "organisation", "role", "password", "email", "language",
                              "reporting_contact", "reminders_opt_out"},
                       problems);
  User user;
  user.name = StringMember(body, "name", "", true, problems);
  if (body.contains("name") && body["name"].is_string()) {
    for (auto& p : ValidateUserName(user.name)) problems.push_back(p);
  }
  ApplyFields(conn, body, user, true, problems);
  std::string hash = PasswordHashFromBody(body, problems);
  if (!problems.empty()) throw Failure::Invalid(problems);

  WriteTransaction tx(conn);
  UserStore users(conn);
  user.id = users.Create(user);
  User stored = *users.FindByName(user.name);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "user",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = AuditJson(stored)});
  if (!hash.empty()) StorePasswordHash(conn, stored, hash, actor.name);
  tx.Commit();
  return stored;
}

User UpdateUser(SqlConnection& conn, const User& actor, const std::string& name,
                const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireAdministrator(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  UnknownFieldProblems(body, {"name", "organisation", "role", "password", "version", "id", "email",
                              "language", "reporting_contact", "reminders_opt_out"},
                       problems);
  if (body.contains("name") && body["name"] != name) {
    problems.push_back({"name", "is the user's key and cannot be changed"});
  }
  std::string hash = PasswordHashFromBody(body, problems);

  WriteTransaction tx(conn);
  User current = ExistingUser(conn, name);
  if (body.contains("id") && body["id"] != current.id) problems.push_back({"id", "cannot be changed", "cannot_change", {}});
  auto version = RequiredVersion(body, problems);
  User user = current;
  ApplyFields(conn, body, user, false, problems);
  if (auto why = SelfChangeProblem(actor, current, user.role); !why.empty()) {
    problems.push_back({"role", why});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  user.version = *version;
  UserStore users(conn);
  users.Update(user);
  User stored = *users.FindByName(name);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "user",
                         .entity_id = std::to_string(stored.id),
                         .action = "update",
                         .before = AuditJson(current),
                         .after = AuditJson(stored)});
  if (!hash.empty()) StorePasswordHash(conn, stored, hash, actor.name);
  tx.Commit();
  return stored;
}

void DeleteUser(SqlConnection& conn, const User& actor, const std::string& name,
                std::optional<int64_t> expected_version) {
  RequireAdministrator(actor);
  WriteTransaction tx(conn);
  User current = ExistingUser(conn, name);
  if (auto why = SelfChangeProblem(actor, current, std::nullopt); !why.empty()) {
    throw Failure(FailureCode::kConflict, why, "name");
  }
  try {
    UserStore(conn).Delete(current.id, expected_version);
  } catch (const Failure& f) {
    // Another table refers to the user (a foreign key without cascade).
    if (f.code() != FailureCode::kConflict || f.field() == "version") throw;
    throw Failure(FailureCode::kConflict,
                  "user '" + name + "' cannot be deleted while other records refer to it", "name",
                  "still_referenced_by_others", {});
  }
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "user",
                         .entity_id = std::to_string(current.id),
                         .action = "delete",
                         .before = AuditJson(current)});
  tx.Commit();
}

User UpdateOwnMailSettings(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  UnknownFieldProblems(body, {"language", "reminders_opt_out"}, problems);
  WriteTransaction tx(conn);
  User current = ExistingUser(conn, actor.name);
  User user = current;
  ApplyUserMailSettings(body, user, problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  UserStore users(conn);
  users.Update(user);
  User stored = *users.FindByName(actor.name);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "user",
                         .entity_id = std::to_string(stored.id),
                         .action = "update",
                         .before = AuditJson(current),
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

}  // namespace fremdrift
