// The governance API: bodies, meetings with their agendas, and cases
// (docs/governance.md).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterGovernanceRoutes(Router& router);

}  // namespace fremdrift
