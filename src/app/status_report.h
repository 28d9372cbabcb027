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

// Compares periods `a` and `b` of `strategy`. Subjects are listed in plan
// order: the strategy, then items, then indicators by code (those `viewer`
// may see).
PeriodComparison ComparePeriods(SqlConnection& conn, const Strategy& strategy,
                                const ReportingPeriod& a, const ReportingPeriod& b, const Viewer& viewer);

}  // namespace fremdrift
