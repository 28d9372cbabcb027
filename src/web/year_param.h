// A path segment that names a year, such as {year} in /kostnadsdeling/{year}.
#pragma once

#include <string>

#include "web/request_context.h"

namespace fremdrift {

// The four-digit year in the path parameter `name`; anything else names
// nothing and throws kNotFound (field `name`).
int YearParam(const RequestContext& ctx, const std::string& name);

}  // namespace fremdrift
