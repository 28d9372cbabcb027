// The browser forms of bodies, meetings and cases (issue 7): the same use
// cases as the API (app/governance_service.h) behind forms for admins and
// editors of a body's secretariat, in the manner of web/page_item_edit.h.
//   /utvalg/{key}/rediger     change a body (members, case types...)
//   /utvalg/{key}/nytt-mote   a new meeting of the body
//   /moter/{id}/rediger       change a meeting (date, place, times, state, breaks)
//   /moter/{id}/ny-sak        a new case on the meeting's agenda (numbered automatically)
//   /saker/{id}/rediger       change, postpone or withdraw a case
//   /saker/{id}/slett         delete a case (POST only)
// GET shows the form; POST saves it and redirects (303) to the object's
// page with ?lagret=1, or shows the form again: 400 with the problems next
// to the fields, 409 when someone else saved first. Anonymous visitors are
// sent to the sign-in page; others than admins and the secretariat's
// editors get 403.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterGovernanceEditRoutes(Router& router);

}  // namespace fremdrift
