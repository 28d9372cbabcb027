// The signed-in pages of the health-app module under /helseapper/arbeid
// (docs/health-apps.md, "Who does what"): a vendor registers apps and fills
// in the paged evaluation form (Next/Back save a draft), sees the review
// comments and submits; the assigned evaluator gives verdicts and asks for
// more documentation; an admin approves evaluators, assigns them and
// decides. Every change goes through app/health_app_service.h.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterHealthAppWorkPages(Router& router);

}  // namespace fremdrift
