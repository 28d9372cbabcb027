// The API of dependencies between plan items: GET and PUT
// /api/v1/items/{id}/dependencies, what an item waits for and what waits
// for it (docs/strategy-model.md, "Dependencies between plan items").
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterPlanDependencyRoutes(Router& router);

}  // namespace fremdrift
