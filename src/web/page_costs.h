// The cost-sharing pages: /kostnadsdeling (the years) and
// /kostnadsdeling/{year} (the table, methods and keys, chart, downloads).
// Public and read-only; changes go through the API.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterCostSharingPageRoutes(Router& router);

}  // namespace fremdrift
