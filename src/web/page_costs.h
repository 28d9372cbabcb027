// The cost-sharing pages: /kostnadsdeling (the years, the national
// solutions and the cost groups) and /kostnadsdeling/{year} (the table,
// methods and keys, chart, downloads), public and read-only. This also
// registers the pages of each solution, record and group
// (web/page_cost_objects.h) and the admins' forms that change them
// (web/page_cost_entry_edit.h for groups and solutions,
// web/page_cost_year_edit.h for yearly records); render/route_table.h names every address.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterCostSharingPageRoutes(Router& router);

}  // namespace fremdrift
