// The follow-up forms (docs/governance.md, "Follow-up"): a new action on
// a case's decision and changing one (the secretariat), and moving an
// action's state (also the responsible organisation's editors, from
// /oppgaver).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterFollowUpPages(Router& router);

}  // namespace fremdrift
