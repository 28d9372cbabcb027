// The JSON API under /api/v1 (and /healthz). docs/openapi.json describes
// every route registered here; tests/api/openapi_test.cpp keeps them equal.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterApiRoutes(Router& router);

}  // namespace fremdrift
