// Assessing a subject in an open reporting period from the browser:
// GET and POST /rapport/{period}/vurder/{subject}, where subject is
// "strategy", "item:<key>" or "indicator:<code>" (?strategy=<key> when
// several strategies share the period code). The form goes through the
// API's use case (app/reporting_service.h SaveAssessment): same workflow
// rules, rights and audit log; a stale form is refused with a link to the
// current version.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterAssessmentEditRoutes(Router& router);

}  // namespace fremdrift
