// The minutes pages (docs/governance.md, "Minutes"): a meeting's minutes
// as a page, as one printable HTML document and as PDF, and the
// secretariat's forms to write them and move them draft → circulated →
// approved, or back to draft for a correction with a reason.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterMinutesPages(Router& router);

}  // namespace fremdrift
