// Changing indicators, their targets and single measurements through the
// API (POST/PUT/DELETE), and reading an indicator's measurements with
// their versions. The work is done by app/indicator_service.h and
// app/measurement_service.h; docs/openapi.json describes every route.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterIndicatorEditRoutes(Router& router);

}  // namespace fremdrift
