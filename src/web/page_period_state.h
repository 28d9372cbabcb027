// The reporting-period forms for admins, in the browser:
//   GET/POST /rapport/{period}/tilstand?strategy=KEY  the period's state,
//            the states it may move to next as one form each (reopening an
//            approved or published period asks for a reason), and the
//            period's history from the audit log;
//   GET/POST /rapport/ny-periode                       a new open period.
// The forms send the same fields as POST /api/v1/periods/{code}/transition
// and POST /api/v1/periods and go through the same use cases
// (app/reporting_service.h), so the workflow, the rights and the audit log
// are the API's. Others than admins get 403; anonymous readers are sent to
// sign in. A stale form (the period moved since it was shown) is refused
// with 409, a message and a link to the current state; a refused reopening
// shows the error next to the reason with what was typed kept.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterPeriodStateRoutes(Router& router);

}  // namespace fremdrift
