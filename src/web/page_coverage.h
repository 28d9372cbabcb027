// The secretariat's pages of the reporting round (admins only):
//   GET  /rapport/{period}/dekning        coverage: organisations × states,
//        the same per goal, who is late, when each organisation last
//        reported, and the reports (filtered with ?org=, ?mal=, ?state=)
//        with forms to accept or return them
//   POST /rapport/{period}/dekning        accept or return one report
//   POST /rapport/{period}/runde          the round's deadline, reminders
//        and the strategy's reporting levels
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterCoveragePageRoutes(Router& router);

}  // namespace fremdrift
