// The status-reporting API: periods, their workflow, assessments and the
// suggested roll-up (docs/reporting.md).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterPeriodRoutes(Router& router);

}  // namespace fremdrift
