// Reading the health-app module for a reader: the public register (only
// decided evaluations, refused and withdrawn ones with their reason; never
// drafts or open evaluations), one app's public page, and the evaluations
// a signed-in user may work on (the vendor's own, those assigned to an
// evaluator, all for an admin).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/health_app_evaluation_case.h"
#include "domain/health_app_register.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every register entry, by app name, as of `today` (for due_reason).
std::vector<RegisterEntry> LoadRegister(SqlConnection& conn, const std::string& today);
// The entry of app `key`; kNotFound when the app is not on the register.
RegisterEntry LoadRegisterEntry(SqlConnection& conn, const std::string& key, const std::string& today);


// Evaluation `id` for `actor`; kNotFound when there is none or the actor
// may not read it (MayReadEvaluation), so its existence is not revealed.
EvaluationCase LoadEvaluationCase(SqlConnection& conn, const User& actor, int64_t id);
// The evaluations `actor` may read, newest first, with their apps.
std::vector<EvaluationCase> ListEvaluationCases(SqlConnection& conn, const User& actor);
// The apps `actor` may act for (MayActForVendor), by name.
std::vector<HealthApp> ListVendorApps(SqlConnection& conn, const User& actor);
// Whether `name` is an approved evaluator.
bool IsApprovedEvaluator(SqlConnection& conn, const std::string& name);
// The names of the approved evaluators, by name.
std::vector<std::string> ListApprovedEvaluators(SqlConnection& conn);
// The organisations of kind vendor as {short name, name}, by short name.
std::vector<std::pair<std::string, std::string>> ListVendors(SqlConnection& conn);
// Whether `actor` may register apps: an admin, or an editor or admin of an
// organisation of kind vendor.
bool MayRegisterApps(SqlConnection& conn, const User& actor);

}  // namespace fremdrift
