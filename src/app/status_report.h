// Loads the status report of one reporting period (domain/status_report.h)
// from the database, and compares two periods of one strategy. Reads only;
// nothing here knows about pages.
#pragma once

#include "app/visibility.h"
#include "domain/date.h"
#include "domain/reporting_period.h"
#include "domain/status_report.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Loads the report of `period` of `strategy` (found with FindPeriod, which
// decides who may see it). An indicator goes under the first goal (in plan
// order) it serves directly, else the first goal one of its served items
// lies under. Figures are the latest up to the end of the period. What
// `viewer` may not see (app/visibility.h: an internal indicator, an earlier
// period) is left out. Reads only.
StatusReport LoadStatusReport(SqlConnection& conn, const Strategy& strategy,
                              const ReportingPeriod& period, const Viewer& viewer, const Date& today);

// The same report with only the section of the goal (top-level item)
// `goal_key`: its status, indicators, initiatives, notes and risks, and
// the strategy's overall status; no strategy notes and no indicators of
// other goals. An indicator goes under the goal it goes under in the whole
// report. Reads only what that section shows (the suggestions read the
// indicators serving the goal and the items below it, not every
// indicator). Throws Failure(kNotFound) naming "goal" when the strategy
// has no such goal.
StatusReport LoadGoalReport(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period,
                            const Viewer& viewer, const Date& today, const std::string& goal_key);

// Compares periods `a` and `b` of `strategy`. Subjects are listed in plan
// order: the strategy, then items, then indicators by code (those `viewer`
// may see).
PeriodComparison ComparePeriods(SqlConnection& conn, const Strategy& strategy,
                                const ReportingPeriod& a, const ReportingPeriod& b, const Viewer& viewer);

}  // namespace fremdrift
