// The reporting organisation's page of the round: GET /oppgaver lists the
// signed-in user's expected reports in every open period (returned first,
// then grouped by goal), each with its state, the deadline and the days
// left, and a link to its assessment form (web/page_assessment_edit.h).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterTaskPageRoutes(Router& router);

}  // namespace fremdrift
