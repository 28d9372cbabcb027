// Editing a plan item in the browser: GET and POST /element/{id}/rediger.
// The form sends the same fields as PUT /api/v1/items/{id} and goes through
// the same use case (app/plan_service.h), so the rules, the rights (an
// editor only for their own organisation's items) and the audit log are
// the API's. A stale form (another save came first) is refused with a
// message and a link to the current version; what the user typed is kept.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterItemEditRoutes(Router& router);

}  // namespace fremdrift
