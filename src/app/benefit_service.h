// Keeping the benefits (domain/benefit.h) on behalf of a user: a benefit is
// kept under the rights of the plan items that bring it about (an editor
// who may change every one of them, before and after; admins any),
// written with its audit entry (entity "benefit", its history) in one
// transaction, with the version check of the risk register: the version
// from `expected_version` (If-Match) or the body's "version"; 0 means a
// new benefit. Also the bundle section "benefits".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/benefit.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates or replaces the benefit in `body`. kInvalid naming fields,
// kForbidden for a user who may not change its items, kConflict on "key"
// (rule "benefit_key_taken") for version 0 and an existing key, and on
// "version" (rule "benefit_stale", parameters "seen", "current", "by") for
// a stale version.
Benefit SaveBenefit(SqlConnection& conn, const User& actor, const nlohmann::json& body,
                    std::optional<int64_t> expected_version = std::nullopt);

// Every benefit, by key.
std::vector<Benefit> ListBenefits(SqlConnection& conn);

// The benefit with `key`; kNotFound naming "key" when there is none.
Benefit FindBenefit(SqlConnection& conn, const std::string& key);

// Whether `user` may keep `benefit`: an admin, or an editor who may change
// every plan item it is linked to.
bool MayKeepBenefit(SqlConnection& conn, const User& user, const Benefit& benefit);

// Deletes the benefit with `key` on behalf of `actor`, with its audit
// entry (action "delete"). kNotFound when there is none, kForbidden for a
// user who may not keep it; with `expected_version` (the version the user
// saw), kConflict on "version" (rule "benefit_stale") when it has changed
// since.
void DeleteBenefit(SqlConnection& conn, const User& actor, const std::string& key,
                   std::optional<int64_t> expected_version);

// The bundle section: upserts each record by key; counts go to
// summary.sections["benefits"].
void ImportBenefits(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                    const std::string& actor, std::vector<FieldProblem>& problems, ImportSummary& summary);

nlohmann::ordered_json ExportBenefits(SqlConnection& conn);

}  // namespace fremdrift
