// What an admin does for OpenID Connect sign-in (docs/sign-in.md):
// approving a person who signed in for the first time and giving them a
// role, and giving an organisation its organisation number (which the
// provider's claims name) and its auto-approval. Admins only (kForbidden
// otherwise); each change is audited in the transaction that makes it.
#pragma once

#include <string>
#include <vector>

#include "domain/user.h"
#include "storage/oidc_store.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Approves user `name` (kNotFound for none, kConflict when not waiting)
// with `role`; returns the stored user.
User ApproveUser(SqlConnection& conn, const User& actor, const std::string& name, Role role);

// Sets organisation `short_name`'s number: nine digits, or "" for none
// (kInvalid, field "org_number", otherwise).
void SetOrganisationNumber(SqlConnection& conn, const User& actor, const std::string& short_name,
                           const std::string& org_number, bool auto_approve);

// The people waiting for approval, by name (admins only).
std::vector<PendingUser> ListPendingUsers(SqlConnection& conn, const User& actor);

// Every organisation's number and auto-approval (admins only).
std::vector<OrganisationSignIn> ListOrganisationSignIns(SqlConnection& conn, const User& actor);

// Organisation `short_name`'s number and auto-approval (admins only;
// kNotFound for none).
OrganisationSignIn GetOrganisationSignIn(SqlConnection& conn, const User& actor,
                                         const std::string& short_name);

// Whether user `name` waits for approval.
bool IsPendingUser(SqlConnection& conn, const std::string& name);

}  // namespace fremdrift
