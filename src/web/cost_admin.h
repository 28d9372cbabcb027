// Who may change cost sharing in the browser: signed-in admins. Anonymous
// readers are sent to sign in (kUnauthenticated); everyone else is refused
// with kForbidden and a message saying so. The use cases
// (app/cost_sharing_service.h) check the same rule again.
#pragma once

#include "domain/user.h"
#include "web/request_context.h"

namespace fremdrift {

const User& RequireCostAdmin(RequestContext& ctx);

// Whether the reader may see the links to the cost-sharing forms.
bool MayEditCosts(RequestContext& ctx);

}  // namespace fremdrift
