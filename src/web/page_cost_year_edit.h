// The admins' forms for a national solution's yearly cost record:
//   GET/POST /kostnadsdeling/losning/{key}/nytt-ar          a new record
//   GET/POST /kostnadsdeling/losning/{key}/{year}/rediger   changing one
//   GET/POST /kostnadsdeling/losning/{key}/{year}/slett     removing one
// The form holds the method, the change, the base year, the key (percent
// per cost group), the starting shares (MNOK per group), source and notes;
// it sends the same JSON as PUT/DELETE
// /api/v1/cost-sharing/solutions/{key}/years/{year} and goes through the
// same use cases (app/cost_sharing_service.h). Only the fields the chosen
// method uses are sent: the key, change and base year for the growth
// methods, the starting shares for a starting year. Numbers may be typed
// with a decimal comma. Errors are shown next to their field — a key that
// does not add up to 100 % next to the key — with what was typed kept
// (400); a stale form gives 409 with a link to the current record; a new
// record for a year that has one gives 409 with the error next to the year.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterSolutionYearEditRoutes(Router& router);

}  // namespace fremdrift
