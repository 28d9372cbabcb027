// The API of the risk register (docs/strategy-model.md, "Risks"): GET
// /api/v1/risks lists every risk to a signed-in user; POST /api/v1/risks
// creates a risk or replaces the one with its key, under its item's rights.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterRiskRoutes(Router& router);

}  // namespace fremdrift
