// The API of the reporting round (docs/reporting.md): a period's round
// settings and coverage, the caller's tasks, and the steps of an expected
// report (draft, submit, accept, return).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterRoundRoutes(Router& router);

}  // namespace fremdrift
