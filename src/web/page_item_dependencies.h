// Changing what a plan item waits for in the browser (docs/strategy-model.md,
// "Dependencies between plan items"): GET /element/{id}/avhengigheter lists
// the predecessors, each with a button to remove it, and a choice of the
// strategy's other items to add; POST with action=add or action=remove and
// key=<item key> changes the stored list through the same use case as
// PUT /api/v1/items/{id}/dependencies (rights, audit, the cycle check). A
// change that would make a cycle is refused with 409 and a message naming
// the items of the cycle.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterItemDependencyRoutes(Router& router);

}  // namespace fremdrift
