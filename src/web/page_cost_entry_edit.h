// The admins' forms for the named entries of cost sharing: cost groups and
// national solutions (key, name, sort order, source; notes for solutions).
//   GET/POST /kostnadsdeling/gruppe/{key}/rediger, /kostnadsdeling/ny-gruppe
//   GET/POST /kostnadsdeling/losning/{key}/rediger, /kostnadsdeling/ny-losning
// The forms send the same fields as PUT /api/v1/cost-sharing/groups/{key}
// and /solutions/{key} and go through the same use cases
// (app/cost_sharing_service.h). Errors are shown next to the fields with
// what was typed kept (400); a stale form is refused with 409 and a link to
// the current version; a new entry whose key is taken is refused with 409
// and the error next to the key. A saved change goes to the entry's page
// with ?lagret=1.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterCostEntryEditRoutes(Router& router);

}  // namespace fremdrift
