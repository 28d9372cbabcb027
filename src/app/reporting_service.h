// Status reporting on behalf of a user: creating and moving reporting
// periods, assessing the strategy, its items and indicators, and the
// suggested statuses from the roll-up. Every change is checked against the
// workflow and the user's rights, written with its audit entry in one
// transaction, and refused whole on any failure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/assessed_subject.h"
#include "app/rollup_suggestion.h"
#include "app/visibility.h"
#include "domain/assessment.h"
#include "domain/reporting_period.h"
#include "domain/status_rollup.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The period `code` of the strategy `strategy_key`, or of the only
// strategy that has such a period when `strategy_key` is empty. Throws
// kNotFound, or kInvalid (field "strategy") when several strategies have it.
// Only periods `viewer` may see are found (app/visibility.h).
std::pair<Strategy, ReportingPeriod> FindPeriod(SqlConnection& conn, const std::string& strategy_key,
                                                const std::string& code, const Viewer& viewer);

// Creates an open period (admins only); the code must fit the cadence.
ReportingPeriod CreatePeriod(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Moves a period along its workflow (admins only). `version`, when given,
// must be the current one. Reopening an approved period needs a reason,
// which is written to the audit log.
ReportingPeriod TransitionPeriod(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                 const ReportingPeriod& period, const std::string& to,
                                 const std::string& reason, std::optional<int64_t> version);

// Throws unless `actor` may assess `subject` in `period` now: kConflict
// when the period's assessments are frozen (approved, published, or in
// review for non-admins), kForbidden for readers and for editors outside
// their own organisation's items (and the indicators serving them).
void RequireMayAssess(SqlConnection& conn, const User& actor, const Strategy& strategy,
                      const ReportingPeriod& period, const Subject& subject);
// The same check on a subject the caller has read (app/assessed_subject.h).
void RequireMayAssess(SqlConnection& conn, const User& actor, const Strategy& strategy,
                      const ReportingPeriod& period, const AssessedSubject& read);

// Creates or changes the assessment of `subject` from `body` (status,
// comment, target_label, justification; version when changing). Refused
// with kConflict once the period is approved, kForbidden when the user may
// not assess the subject, kInvalid for a status off the scale or a missing
// justification. When the subject is an expected report of the round, the
// report becomes a draft (app/reporting_round.h RecordReportStep), and an
// owner's change of a submitted report is refused with kConflict.
Assessment SaveAssessment(SqlConnection& conn, const User& actor, const Strategy& strategy,
                          const ReportingPeriod& period, const Subject& subject,
                          const nlohmann::json& body);

// SaveAssessment's work inside the caller's write transaction, without
// the expected report's step (app/reporting_round.h does that).
Assessment SaveAssessmentInTransaction(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                       const ReportingPeriod& period, const Subject& subject,
                                       const nlohmann::json& body);

// The period before `period` in the same strategy, if any.
std::optional<ReportingPeriod> PreviousPeriod(SqlConnection& conn, const ReportingPeriod& period);

}  // namespace fremdrift
