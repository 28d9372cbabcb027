// The roadmap-versions API: /api/v1/roadmap-versions (list, create as a
// copy of the last version), /api/v1/roadmap-versions/{code} (read,
// replace a draft, publish) and /api/v1/roadmap-versions/compare?from=&to=.
// See docs/portfolio.md.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterRoadmapVersionRoutes(Router& router);

}  // namespace fremdrift
