// GET /: the strategies the reader may see (published ones for the public,
// all for a signed-in user), newest first, with their goals.
#pragma once

#include "web/request_context.h"

namespace fremdrift {

Response HomePage(RequestContext& ctx);

}  // namespace fremdrift
