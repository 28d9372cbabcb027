// The risk register's forms (docs/strategy-model.md, "Risks"): GET and POST
// /risikoer/ny (a new risk; ?gjelder=plan_item:<strategy>/<item> or
// portfolio_item:<key> chooses the item) and /risikoer/{key}/rediger. The
// form sends the API's fields to the same use case (app/risk_service.h),
// so the rules, the rights (an editor of the organisation that owns the
// item; admins any), the audit log and the version check are the API's.
// A stale form (another save came first) is refused with 409, a message
// naming what changed and who saved last, and what the user typed kept.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterRiskEditRoutes(Router& router);

}  // namespace fremdrift
