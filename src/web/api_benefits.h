// The API of benefits realisation (docs/strategy-model.md, "Benefits"):
// GET /api/v1/benefits lists every benefit to a signed-in user; POST
// /api/v1/benefits creates a benefit or replaces the one with its key,
// under the rights of its plan items, with the version check (If-Match:
// "N" or the body's "version"; 409 when stale); GET and DELETE
// /api/v1/benefits/{key} read and delete one (DELETE under the same
// rights, with ?version= or If-Match checked when given).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterBenefitRoutes(Router& router);

}  // namespace fremdrift
