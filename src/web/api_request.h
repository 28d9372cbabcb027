// Reading what an API change request sends: its JSON body and the version
// the caller read (for deletions, which have no body).
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "web/request_context.h"

namespace fremdrift {

// The request body as JSON; Failure(kInvalid, field "$") when it is not.
nlohmann::json ParseJsonBody(const RequestContext& ctx);

// The version from the `version` query parameter or an If-Match header
// ("3" or "\"3\""); nullopt when neither is sent; Failure(kInvalid,
// field "version") when it is not a number.
std::optional<int64_t> ExpectedVersion(RequestContext& ctx);

}  // namespace fremdrift
