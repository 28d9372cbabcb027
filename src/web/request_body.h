// Reading what a change request sends: the JSON body, and the version a
// delete names (?version=N or If-Match: "N"). Shared by the API handlers.
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "web/request_context.h"

namespace fremdrift {

// The request body as JSON; Failure(kInvalid, field "$") when it is not,
// when it is nested deeper than kMaxJsonDepth or is not valid UTF-8
// (formats/json_input.h).
nlohmann::json JsonBody(const RequestContext& ctx);

// The version from ?version=N or an If-Match header ("N" or N); nullopt
// when neither is sent; Failure(kInvalid, field "version") when it is not
// a number.
std::optional<int64_t> ExpectedVersion(RequestContext& ctx);

}  // namespace fremdrift
