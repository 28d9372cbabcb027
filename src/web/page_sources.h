// The list of source documents, /kilder (linked from every page's footer):
// where the plan, the figures, the reports and the cases come from.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterSourcesRoutes(Router& router);

}  // namespace fremdrift
