#include "web/cost_admin.h"

#include "domain/failure.h"
#include "web/page_frame.h"

namespace fremdrift {

const User& RequireCostAdmin(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (user.role != Role::kAdmin) {
    throw Failure(FailureCode::kForbidden,
                  "Only administrators may change cost sharing.",
                  "", "costs_forms_forbidden", {});
  }
  return user;
}

bool MayEditCosts(RequestContext& ctx) {
  return ctx.user().has_value() && ctx.user()->role == Role::kAdmin;
}

}  // namespace fremdrift
