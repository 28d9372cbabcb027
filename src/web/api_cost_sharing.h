// The cost-sharing API (docs/cost-sharing.md): the years, a year's table
// (JSON, CSV, XLSX), the groups and solutions with their yearly records,
// and admin writes to them.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterCostSharingRoutes(Router& router);

}  // namespace fremdrift
