// The health-app API (docs/health-apps.md, "API"): requirement catalogue
// versions under /api/v1/app-catalogues, and the register, apps and their
// evaluations under /api/v1/health-apps.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterHealthAppApiRoutes(Router& router);

}  // namespace fremdrift
