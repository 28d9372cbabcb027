// The JSON body of an API request.
#pragma once

#include <nlohmann/json.hpp>

#include "web/request_context.h"

namespace fremdrift {

// The request body parsed as JSON; throws Failure(kInvalid, field "$")
// naming the parse error when it is not JSON.
nlohmann::json JsonBody(const RequestContext& ctx);

}  // namespace fremdrift
