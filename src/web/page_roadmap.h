// GET /veikart: the roadmap of one strategy (see page_roadmap_query.h for
// the parameters): a filter form, the timeline as server-drawn SVG and a
// data table with the same rows.
#pragma once

#include "web/request_context.h"

namespace fremdrift {

Response RoadmapPage(RequestContext& ctx);

}  // namespace fremdrift
