// Reading what an API change sends: the JSON body, and the version a
// DELETE names (query `version` or an If-Match header).
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "web/request_context.h"

namespace fremdrift {

// The body as JSON; Failure(kInvalid, field "$") when it is not JSON.
nlohmann::json JsonBody(const RequestContext& ctx);

// The version from ?version=N or If-Match: "N", nullopt when neither is
// given; Failure(kInvalid, field "version") when it is not a number.
std::optional<int64_t> RequestedVersion(RequestContext& ctx);

}  // namespace fremdrift
