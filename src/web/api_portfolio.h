// The portfolio API: /api/v1/portfolio-items (list, read, create, change,
// delete), their assessments per reporting period, and /api/v1/portfolio
// (counts by status, risk and segment, and delay shares per phase).
// Also registers the roadmap-versions API (api_roadmap_versions.h).
// See docs/portfolio.md.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterPortfolioRoutes(Router& router);

}  // namespace fremdrift
