#include "app/oidc_admin.h"

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/user_rules.h"
#include "storage/audit_log.h"
#include "storage/oidc_store.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

void RequireOidcAdmin(const User& actor) {
  if (!MayAdminister(actor)) {
    throw Failure(FailureCode::kForbidden, "only an admin may do this", "role", "admin_forbidden", {});
  }
}

}  // namespace

User ApproveUser(SqlConnection& conn, const User& actor, const std::string& name, Role role) {
  RequireOidcAdmin(actor);
  WriteTransaction tx(conn);
  UserStore users(conn);
  auto user = users.FindByName(name);
  if (!user) {
    throw Failure(FailureCode::kNotFound, "no user named '" + name + "'", "name", "user_not_found",
                  {{"name", name}});
  }
  OidcUserStore oidc(conn);
  if (!oidc.IsPending(user->id)) {
    throw Failure(FailureCode::kConflict, "the user is not waiting for approval", "name",
                  "user_not_pending", {{"name", name}});
  }
  user->role = role;
  users.Update(*user);
  oidc.Approve(user->id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "user",
                         .entity_id = std::to_string(user->id),
                         .action = "approve",
                         .after = nlohmann::json{{"name", name}, {"role", RoleName(role)}}.dump()});
  auto stored = users.FindByName(name);
  tx.Commit();
  return *stored;
}

void SetOrganisationNumber(SqlConnection& conn, const User& actor, const std::string& short_name,
                           const std::string& org_number, bool auto_approve) {
  RequireOidcAdmin(actor);
  if (!org_number.empty() &&
      (org_number.size() != 9 || org_number.find_first_not_of("0123456789") != std::string::npos)) {
    throw Failure::Invalid({"org_number", "an organisation number has nine digits", "org_number_digits"});
  }
  WriteTransaction tx(conn);
  OidcUserStore(conn).SetOrganisationNumber(short_name, org_number, auto_approve);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "organisation",
                         .entity_id = short_name,
                         .action = "set_org_number",
                         .after = nlohmann::json{{"org_number", org_number}, {"oidc_auto_approve", auto_approve}}.dump()});
  tx.Commit();
}

std::vector<PendingUser> ListPendingUsers(SqlConnection& conn, const User& actor) {
  RequireOidcAdmin(actor);
  return OidcUserStore(conn).ListPending();
}

std::vector<OrganisationSignIn> ListOrganisationSignIns(SqlConnection& conn, const User& actor) {
  RequireOidcAdmin(actor);
  return OidcUserStore(conn).ListOrganisationSignIns();
}

OrganisationSignIn GetOrganisationSignIn(SqlConnection& conn, const User& actor,
                                         const std::string& short_name) {
  RequireOidcAdmin(actor);
  auto found = OidcUserStore(conn).FindOrganisationSignIn(short_name);
  if (!found) {
    throw Failure(FailureCode::kNotFound, "no organisation '" + short_name + "'", "organisation",
                  "organisation_not_found", {{"organisation", short_name}});
  }
  return *found;
}

bool IsPendingUser(SqlConnection& conn, const std::string& name) {
  auto user = UserStore(conn).FindByName(name);
  return user && OidcUserStore(conn).IsPending(user->id);
}

}  // namespace fremdrift
