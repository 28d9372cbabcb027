// One-time sign-up links for vendors: there is no open registration. An
// admin makes a link for one organisation of kind "vendor"; whoever opens
// it within kInviteValidDays may once choose a user name and password and
// becomes an editor of that organisation, who can then register its apps
// (docs/health-apps.md, "Vendor sign-up").
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

inline constexpr int kInviteValidDays = 14;

// Makes a link's secret for `organisation` (admins only; kInvalid unless
// the organisation is a vendor) at `now` (Unix seconds). The secret is
// returned once and stored only as a hash.
std::string CreateVendorInvite(SqlConnection& conn, const User& actor, const std::string& organisation, int64_t now);

// The organisation an unused, unexpired invite `token` is for; kNotFound
// for any other token (used, expired or unknown look the same).
std::string VendorInviteOrganisation(SqlConnection& conn, const std::string& token, int64_t now);

// Uses invite `token` to create the user {"name", "password"} as an editor
// of its organisation. The invite is used up only when the user is made;
// a refused name or password leaves it usable.
User AcceptVendorInvite(SqlConnection& conn, const std::string& token, const nlohmann::json& in, int64_t now);

}  // namespace fremdrift
