// The governance pages (read-only): bodies, a body, a meeting's agenda with
// its PDF and iCalendar exports, a case, and the searchable decision log
// with its CSV. Addresses: render/route_table.h.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterGovernancePages(Router& router);

}  // namespace fremdrift
