// The API of minutes and follow-up actions (docs/governance.md, "API";
// docs/openapi.json): /api/v1/meetings/{id}/minutes, /api/v1/actions,
// /api/v1/cases/{id}/actions, /api/v1/bodies/{key}/pending.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterMinutesRoutes(Router& router);

}  // namespace fremdrift
