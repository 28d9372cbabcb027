// The indicator and measurement API: definitions, series with achievement
// (cached, with ETag and 304), measurement import (sync, dry run, or as a
// job) and job polling. Registered by RegisterApiRoutes.
#pragma once

#include <string>

#include "domain/indicator.h"
#include "web/router.h"

namespace fremdrift {

void RegisterIndicatorRoutes(Router& router);

// The indicator `code` as the caller may see it (app/visibility.h);
// throws kNotFound when hidden.
Indicator VisibleIndicator(RequestContext& ctx, const std::string& code);

}  // namespace fremdrift
