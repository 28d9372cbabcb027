// The forms that keep a strategy's evaluations in the browser
// (docs/strategy-model.md, "Evaluations"), reached from the section
// "Evalueringer av strategien" of the strategy's page: GET and POST
// /strategi/{key}/evalueringer/ny (a new evaluation),
// /strategi/{key}/evalueringer/{evaluation}/rediger (change it) and
// .../slett (delete it, after a confirmation). The title, date, source and
// scale come first; each question is a fieldset with its text, its answer
// (a level of the chosen scale, in words, or "Ikke vurdert") and its
// comment, in bokmål and English. The form shows one empty question more
// than it holds, and "Legg til et spørsmål" shows another without saving;
// a question whose fields are all empty is left out. Each form sends the
// API's body to the same use case (app/strategy_evaluation_service.h), so
// the rules, the right (admins), the audit log and the version check are
// the API's; a refusal is shown next to the field it names, and a stale
// form (another save came first) is refused with 409 and what the user
// typed kept.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterStrategyEvaluationEditRoutes(Router& router);

}  // namespace fremdrift
