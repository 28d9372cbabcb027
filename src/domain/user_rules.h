// The rules for managing users: who may, what a user record must hold,
// and what an admin may not do to their own account.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/user.h"

namespace fremdrift {

inline constexpr size_t kMaxUserNameBytes = 100;

// Whether `actor` may create, change and delete organisations and users:
// admins only.
bool MayAdminister(const User& actor);

// The problems of a user name: a record key (domain/record_key.h) of at
// most kMaxUserNameBytes without spaces. Empty when it is fine.
std::vector<FieldProblem> ValidateUserName(const std::string& name);

// Why `actor` may not make this change to `target`, or "" when nothing
// stands in the way. `new_role` is the role after a change, or nullopt for
// a deletion. An admin may neither delete their own account nor take the
// admin role from it: that would leave them (and maybe everyone) unable
// to manage users. Other admins may do both.
std::string SelfChangeProblem(const User& actor, const User& target, std::optional<Role> new_role);

// Why `email` cannot be a user's mail address, or "" when it can: "" (no
// mail) or local@domain of at most 254 bytes, without spaces, controls or
// the characters that would break a mail header (<>,;"\\).
std::string EmailAddressProblem(const std::string& email);

}  // namespace fremdrift
