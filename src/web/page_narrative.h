// The narrative of a period in the browser (app/narrative_service.h):
//   GET/POST /rapport/{period}/fortelling/{subject}       the strategy's
//            ("strategy") or a goal's ("item:KEY") summaries, themes for
//            discussion and other qualitative information
//   POST     /rapport/{period}/fortelling/{subject}/eier  who writes it
//            (admins: the secretariat or an organisation)
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterNarrativePageRoutes(Router& router);

}  // namespace fremdrift
