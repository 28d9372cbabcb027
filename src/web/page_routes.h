// The public web pages (read-only): home, strategy, item, roadmap, and
// the static files they use.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterPageRoutes(Router& router);

}  // namespace fremdrift
