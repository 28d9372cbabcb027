// GET /strategi/{key}: one strategy with its whole plan tree and its
// evaluations (render/evaluation_view.h). An unknown or
// (for the public) unpublished strategy is a 404.
#pragma once

#include "web/request_context.h"

namespace fremdrift {

Response StrategyPage(RequestContext& ctx);

}  // namespace fremdrift
