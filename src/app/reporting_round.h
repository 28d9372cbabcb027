// The reporting round on behalf of a user (docs/reporting.md): the
// expected reports of an open period, each organisation's tasks, saving a
// report as a draft or submitting it, the secretariat accepting or
// returning it, the round's deadline and reminder schedule, and the
// coverage of a period. Every change is checked against the workflow
// (domain/expected_report.h) and the user's rights, written with its audit
// entry in one transaction, and refused whole on any failure.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/expected_report_basis.h"
#include "app/round_reads.h"
#include "domain/expected_report.h"
#include "domain/reporting_period.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "storage/round_store.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The goals in plan order.
std::vector<RoundGoal> RoundGoals(SqlConnection& conn, const Strategy& strategy);

// Every expected report of `period`, in plan order (items, then
// indicators): the items at the strategy's reporting levels and the
// indicators with a responsible organisation, each with its stored state.
std::vector<ExpectedReport> ExpectedReports(SqlConnection& conn, const Strategy& strategy,
                                            const ReportingPeriod& period);

// The expected reports of `period` that `organisation` (a short name)
// owns, with their states: one organisation's share of a national round,
// read without the records of the others.
std::vector<ExpectedReport> ExpectedReportsOwnedBy(SqlConnection& conn, const Strategy& strategy,
                                                   const ReportingPeriod& period, const std::string& organisation);

// The expected report of `subject` in `period`, if it is one.
std::optional<ExpectedReport> FindExpectedReport(SqlConnection& conn, const Strategy& strategy,
                                                 const ReportingPeriod& period, const Subject& subject);

// One task of a user: an expected report of their organisation in an
// open period.
struct RoundTask {
  Strategy strategy;
  ReportingPeriod period;
  RoundSettings settings;
  ExpectedReport report;
};

// The expected reports owned by `user`'s organisation in every open
// period, returned first, then by goal and plan order. Readers have none.
// The RoundReads form reads what `reads` has not read yet; a page and its
// header share one (RequestContext::round_reads).
std::vector<RoundTask> TasksFor(RoundReads& reads, const User& user);
std::vector<RoundTask> TasksFor(SqlConnection& conn, const User& user);

// How many of TasksFor are still open (not started, draft or returned).
int OpenTaskCount(RoundReads& reads, const User& user);

// The next open task of `user` after `subject` in `period`, if any.
std::optional<RoundTask> NextTaskFor(SqlConnection& conn, const User& user, const ReportingPeriod& period,
                                     const Subject& subject);

// Saves the assessment in `body` (as SaveAssessment reads it) and moves the
// expected report: `action` is kSaveDraft or kSubmit. kNotFound when the
// subject is not an expected report of the period; kForbidden for anyone
// but the owner organisation's editors and admins; kConflict when the
// report is submitted or accepted (for owners) or the period is frozen.
ExpectedReport SubmitReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                            const ReportingPeriod& period, const Subject& subject,
                            const nlohmann::json& body, ReportAction action);
// The same on a report the caller has found (FindExpectedReport).
ExpectedReport SubmitReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                            const ReportingPeriod& period, const ExpectedReport& report,
                            const nlohmann::json& body, ReportAction action);

// The secretariat accepts a submitted report, or returns a submitted or
// accepted one with `comment` (required). `version`, when given, must be
// the report's current one.
ExpectedReport ReviewReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                            const ReportingPeriod& period, const Subject& subject, ReportAction action,
                            const std::string& comment, std::optional<int64_t> version);

// Records `action` on the expected report of `subject`, if it is one,
// inside the caller's transaction (used by SaveAssessment for drafts).
void RecordReportStep(SqlConnection& conn, const User& actor, const Strategy& strategy,
                      const ReportingPeriod& period, const Subject& subject, ReportAction action,
                      const std::string& comment);

// Sets the round of an open period (admins): `deadline` (Oslo
// "YYYY-MM-DDTHH:MM", required), `reminder_days` ("14,3"),
// `weekly_when_overdue` (bool) and the strategy's `reporting_levels`
// (array of level numbers). Audited; raises the "round opened" event.
RoundSettings SetRound(SqlConnection& conn, const User& actor, const Strategy& strategy,
                       const ReportingPeriod& period, const nlohmann::json& body);

// Counts of a period's expected reports for one organisation or goal.
struct CoverageRow {
  std::string key;    // organisation short name or goal key ("" for none)
  std::string label;  // goal: code and title; organisation: its name
  std::map<ReportState, int> counts;
  int total = 0;
  int late = 0;
  std::string last_reported;  // UTC, the latest submission ("" for none)
};

struct Coverage {
  RoundSettings settings;
  std::optional<int64_t> deadline_utc;
  std::vector<CoverageRow> organisations;
  std::vector<CoverageRow> goals;
  std::vector<ExpectedReport> reports;  // every expected report, plan order
  std::vector<ExpectedReport> late;     // past the deadline and not in
  int missing = 0;                      // not submitted or accepted
};

// The coverage of `period` at `now_utc` (seconds since 1970). Admins only.
Coverage PeriodCoverage(SqlConnection& conn, const User& actor, const Strategy& strategy,
                        const ReportingPeriod& period, int64_t now_utc);

// How many expected reports of the period are not in (submitted or accepted).
int MissingReports(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period);

// The actor's role in the report: secretariat (admin), owner (an editor of
// an owner organisation) or other.
ReportActor ActorFor(const User& user, const ExpectedReport& report);

}  // namespace fremdrift
