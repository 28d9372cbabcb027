// The forms that keep benefits in the browser (docs/strategy-model.md,
// "Benefits"): GET and POST /gevinster/ny (a new benefit; ?element=
// <strategy>/<item> chooses the item), /gevinster/{key}/rediger (change it,
// its state and the comment on the state included) and
// /gevinster/{key}/slett (delete it, after a confirmation). Each form sends
// the API's fields to the same use case (app/benefit_service.h), so the
// rules, the rights (an editor who may change every item the benefit is
// linked to; admins any), the audit log and the version check are the
// API's. Dates are typed as Norwegians write them (31.12.2027). A stale
// form (another save came first) is refused with 409 and what the user
// typed kept.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterBenefitEditRoutes(Router& router);

}  // namespace fremdrift
