// Reading the assessments and notes of a reporting period, for the API and
// the assessment form. The period comes from FindPeriod
// (app/reporting_service.h), which has checked that the viewer may see it;
// what its records name is checked here: an assessment or note of an
// indicator the viewer may not see is left out, as if there were none.
#pragma once

#include <optional>
#include <vector>

#include "app/visibility.h"
#include "domain/assessment.h"
#include "domain/reporting_period.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Whether the viewer of `seen` may see what `subject` names (an indicator
// may be internal; a strategy or item is seen with its period).
bool SubjectSeen(Visibility& seen, const Subject& subject);

// The assessment of `subject` in `period` as stored, for the one who
// assesses it; nullopt when there is none.
std::optional<Assessment> FindAssessment(SqlConnection& conn, const ReportingPeriod& period, const Subject& subject);

// The same as `seen` may see it: nullopt also when its subject is hidden.
std::optional<Assessment> SeenAssessment(SqlConnection& conn, Visibility& seen, const ReportingPeriod& period,
                                         const Subject& subject);

// Every assessment and every note of `period` that `seen` may see, in the
// store's order.
std::vector<Assessment> SeenAssessments(SqlConnection& conn, Visibility& seen, const ReportingPeriod& period);
std::vector<PeriodNote> SeenNotes(SqlConnection& conn, Visibility& seen, const ReportingPeriod& period);

}  // namespace fremdrift
