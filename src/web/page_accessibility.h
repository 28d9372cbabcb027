// The accessibility statement, /tilgjengelighet (linked from every page's
// footer): which standard the pages meet, how, how it is tested, and the
// known limitations.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterAccessibilityRoutes(Router& router);

}  // namespace fremdrift
