// The API of the risk register (docs/strategy-model.md, "Risks"): GET
// /api/v1/risks lists every risk to a signed-in user, GET
// /api/v1/risks/{key} one; POST /api/v1/risks creates a risk or replaces
// the one with its key, under its item's rights, with the version check
// of app/risk_service.h (If-Match: "N" or the body's "version"; 409 with
// the changed fields when stale).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterRiskRoutes(Router& router);

}  // namespace fremdrift
