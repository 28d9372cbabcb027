// Keeping the risk register (domain/risk.h) on behalf of a user: a risk is
// kept under the same right as its item (an editor of the organisation
// that owns the plan item or portfolio item; admins any), written with its
// audit entry (entity "risk", its history) in one transaction; on any
// Failure nothing is written. Also the bundle section "risks".
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/failure.h"
#include "domain/risk.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates the risk in `body` (RiskFromJson), or replaces the one with its
// key. kInvalid naming fields, kForbidden for a user who may not change
// the item (before and, when it moves, after).
Risk SaveRisk(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// The bundle section: upserts each record by key, adding problems with
// their paths; counts go to summary.sections["risks"].
void ImportRisks(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                 const std::string& actor, std::vector<FieldProblem>& problems,
                 ImportSummary& summary);

// Every risk by key.
nlohmann::ordered_json ExportRisks(SqlConnection& conn);

}  // namespace fremdrift
