// GET /strategi/{key}/{item}: one plan item, named by its key within the
// strategy (stable across export and import, unlike database ids). 404
// when the strategy is not visible or has no such item.
#pragma once

#include "web/request_context.h"

namespace fremdrift {

Response ItemPage(RequestContext& ctx);

// GET /element/{id}: a 303 redirect from a database id (as the API gives
// it) to the item's page; 404 like ItemPage.
Response ItemByIdRedirect(RequestContext& ctx);

}  // namespace fremdrift
