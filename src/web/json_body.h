// The request body parsed as JSON, for API handlers.
#pragma once

#include <nlohmann/json.hpp>

#include "web/request_context.h"

namespace fremdrift {

// Throws Failure(kInvalid, field "$") when the body is not valid JSON.
nlohmann::json JsonBody(const RequestContext& ctx);

}  // namespace fremdrift
