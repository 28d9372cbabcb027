#include "app/vendor_invite.h"

#include "app/api_token.h"
#include "app/user_service.h"
#include "domain/failure.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"
#include "storage/user_store.h"
#include "storage/vendor_invite_store.h"

namespace fremdrift {
namespace {

VendorInvite UsableInvite(SqlConnection& conn, const std::string& token, int64_t now) {
  auto invite = VendorInviteStore(conn).FindByHash(HashToken(token));
  if (!invite || invite->used || now > invite->expires_at) {
    throw Failure(FailureCode::kNotFound, "this sign-up link is not valid (used, expired or unknown)");
  }
  return *invite;
}

}  // namespace

std::string CreateVendorInvite(SqlConnection& conn, const User& actor, const std::string& organisation, int64_t now) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may invite vendors");
  auto org = OrganisationStore(conn).FindByShortName(organisation);
  if (!org || org->kind != "vendor") {
    throw Failure(FailureCode::kInvalid, "'" + organisation + "' is not a vendor", "organisation", "ha_not_a_vendor",
                  {{"organisation", organisation}});
  }
  std::string token = GenerateToken();
  WriteTransaction tx(conn);
  int64_t id = VendorInviteStore(conn).Insert(HashToken(token), organisation, actor.name, now,
                                              now + int64_t{kInviteValidDays} * 86400);
  AuditLog(conn).Append({.actor = actor.name, .entity = "vendor_invite", .entity_id = std::to_string(id),
                         .action = "create", .after = nlohmann::json{{"organisation", organisation}}.dump()});
  tx.Commit();
  return token;
}

std::string VendorInviteOrganisation(SqlConnection& conn, const std::string& token, int64_t now) {
  return UsableInvite(conn, token, now).organisation;
}

User AcceptVendorInvite(SqlConnection& conn, const std::string& token, const nlohmann::json& in, int64_t now) {
  VendorInvite invite;
  std::string name = in.is_object() && in.contains("name") && in["name"].is_string() ? in["name"].get<std::string>() : "";
  {
    WriteTransaction tx(conn);
    invite = UsableInvite(conn, token, now);
    if (!VendorInviteStore(conn).MarkUsed(invite.id, now, name)) {
      throw Failure(FailureCode::kNotFound, "this sign-up link is not valid (used, expired or unknown)");
    }
    AuditLog(conn).Append({.actor = "sign-up:" + name, .entity = "vendor_invite", .entity_id = std::to_string(invite.id),
                           .action = "use", .after = nlohmann::json{{"user", name}}.dump()});
    tx.Commit();
  }
  // The user is made on behalf of the admin who made the link; the audit
  // log says so. A refusal (name taken, short password) reopens the link.
  try {
    auto creator = UserStore(conn).FindByName(invite.created_by);
    if (!creator) throw Failure(FailureCode::kNotFound, "the admin who made this link no longer exists");
    nlohmann::json body = {{"name", name},
                           {"organisation", invite.organisation},
                           {"role", "editor"},
                           {"password", in.is_object() ? in.value("password", "") : ""}};
    return CreateUser(conn, *creator, body);
  } catch (...) {
    WriteTransaction tx(conn);
    VendorInviteStore(conn).Reopen(invite.id);
    AuditLog(conn).Append({.actor = "sign-up:" + name, .entity = "vendor_invite", .entity_id = std::to_string(invite.id),
                           .action = "reopen", .after = "{}"});
    tx.Commit();
    throw;
  }
}

}  // namespace fremdrift
