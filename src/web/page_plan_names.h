// Reading the names of organisations and user groups, and the phase
// scales, for the pages.
#pragma once

#include "render/plan_names.h"
#include "storage/sql_connection.h"

namespace fremdrift {

PlanNames LoadPlanNames(SqlConnection& conn);

}  // namespace fremdrift
