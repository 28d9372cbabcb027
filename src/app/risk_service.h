// Keeping the risk register (domain/risk.h) on behalf of a user: a risk is
// kept under the same right as its item (an editor of the organisation
// that owns the plan item or portfolio item; admins any), written with its
// audit entry (entity "risk", its history) in one transaction; on any
// Failure nothing is written. Also the bundle section "risks".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/failure.h"
#include "domain/organisation.h"
#include "domain/risk.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates the risk in `body` (RiskFromJson), or replaces the one with its
// key. kInvalid naming fields, kForbidden for a user who may not change
// the item (before and, when it moves, after).
//
// The version check (optimistic concurrency): the version the change was
// made on comes from `expected_version` (an If-Match header) or else the
// body's "version". None: no check. 0: the risk must be new, else kConflict
// on "key" (rule "risk_key_taken"). N: the stored risk must be at version
// N, else kConflict on "version" with rule "risk_stale" and parameters
// "fields" (the changed fields' names, comma-separated, from the version
// the user saw as the audit log holds it; "" when it does not), "by" (who
// saved last), "seen" (N) and "current" (the stored version).
Risk SaveRisk(SqlConnection& conn, const User& actor, const nlohmann::json& body,
              std::optional<int64_t> expected_version = std::nullopt);

// Every risk, by key.
std::vector<Risk> ListRisks(SqlConnection& conn);

// The risk with `key`; kNotFound naming "key" when there is none.
Risk FindRisk(SqlConnection& conn, const std::string& key);

// Whether `user` may keep the risks of `risk`'s item (an editor of the
// organisation that owns it, or an admin).
bool MayKeepRisk(SqlConnection& conn, const User& user, const Risk& risk);

// An item `user` may keep risks on: what a new risk's form offers.
struct RiskSubjectChoice {
  RiskSubjectKind kind = RiskSubjectKind::kPlanItem;
  std::string subject;  // as in Risk
  std::string label;    // "1A Title" or the portfolio item's name
  std::string group;    // the strategy's name, or "" for the portfolio
};

// The plan items and portfolio items `user` may keep risks on, plan items
// by strategy and plan order, then portfolio items by name.
std::vector<RiskSubjectChoice> RiskSubjectChoices(SqlConnection& conn, const User& user);

// Every plan item and portfolio item, in the same order: what a risk may
// concern, for naming the subjects of risks on the pages.
std::vector<RiskSubjectChoice> AllRiskSubjects(SqlConnection& conn);

// The organisations a risk's owner may be, by name.
std::vector<Organisation> RiskOwnerChoices(SqlConnection& conn);

// The bundle section: upserts each record by key, adding problems with
// their paths; counts go to summary.sections["risks"].
void ImportRisks(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                 const std::string& actor, std::vector<FieldProblem>& problems,
                 ImportSummary& summary);

// Every risk by key.
nlohmann::ordered_json ExportRisks(SqlConnection& conn);

}  // namespace fremdrift
