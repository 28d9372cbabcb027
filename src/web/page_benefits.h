// The page of one benefit (docs/strategy-model.md, "Benefits"):
// /gevinster/{key} with its state in words, kind, owner, baseline, target,
// date, indicator, the plan items that bring it about (linked), its
// history from the audit log, and the links to change or delete it for
// those who may. For signed-in users only, as the API lists benefits.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterBenefitPageRoutes(Router& router);

}  // namespace fremdrift
