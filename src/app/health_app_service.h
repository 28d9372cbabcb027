// Changing health apps and their evaluations on behalf of a user
// (docs/health-apps.md): each call checks the domain's rules
// (domain/health_app_*.h) and the user's rights (domain/health_app_rules.h),
// writes the change with its audit entry in one transaction and returns
// the stored record. On any Failure nothing is written.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/health_app.h"
#include "domain/health_app_evaluation.h"
#include "domain/health_app_label.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Registers an app of the actor's vendor organisation (an admin names any
// vendor as `manufacturer`). The manufacturer must be an organisation of
// kind "vendor"; the category level one of the newest catalogue's levels
// in the scheme.
HealthApp RegisterHealthApp(SqlConnection& conn, const User& actor, const nlohmann::json& in);
// Changes the fields present in `in`; `version` is required.
HealthApp UpdateHealthApp(SqlConnection& conn, const User& actor, const std::string& key, const nlohmann::json& in);

// Starts a draft evaluation of the app's current version against the
// newest published catalogue (or `catalogue` "key" / "key vN" when given).
// kConflict while the app has an evaluation that is not decided.
Evaluation StartEvaluation(SqlConnection& conn, const User& actor, const std::string& app_key,
                           const nlohmann::json& in);
// Saves the vendor's answers {"answers": [...], "version": N} while the
// evaluation is a draft or waits for more documentation.
Evaluation SaveAnswers(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in);
// Submits (draft or more_documentation -> submitted) once every
// applicable requirement has an answer.
Evaluation SubmitEvaluation(SqlConnection& conn, const User& actor, int64_t id, const std::string& today);

// Assigns approved evaluator `evaluator` (admins only; never one of the
// app's own organisation).
Evaluation AssignEvaluator(SqlConnection& conn, const User& actor, int64_t id, const std::string& evaluator);
// Saves the assigned evaluator's verdicts {"reviews": [...]}; a submitted
// evaluation goes under review.
Evaluation SaveReviews(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in,
                       const std::string& today);
// Sends the evaluation back to the vendor (under_review ->
// more_documentation); at least one verdict must ask for more documentation.
Evaluation RequestDocumentation(SqlConnection& conn, const User& actor, int64_t id);

// Decides: "awarded" or "refused" (admins only), "withdrawn" (admins or
// the vendor's users). A refusal and a withdrawal need a reason, shown on
// the register. An award computes and stores the label, valid for two
// years from `today`.
Evaluation DecideEvaluation(SqlConnection& conn, const User& actor, int64_t id, const std::string& decision,
                            const std::string& reason, const std::string& today);

// Approves user `name` as an evaluator (admins only).
void ApproveEvaluator(SqlConnection& conn, const User& actor, const std::string& name, const std::string& today);

// States a reason why the app's label is due for reassessment (admins
// only); "" clears it.
void StateReassessment(SqlConnection& conn, const User& actor, const std::string& app_key, const std::string& reason);

// How long a label is valid: 2 years (our assumption, docs/health-apps.md).
inline constexpr int kLabelValidYears = 2;

}  // namespace fremdrift
