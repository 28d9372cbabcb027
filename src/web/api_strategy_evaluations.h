// The API of strategy evaluations (docs/strategy-model.md, "Evaluations"):
// GET /api/v1/strategies/{id}/evaluations lists the evaluations of the
// strategy with that id or key, newest first, in the bundle's form
// (formats/strategy_evaluation_json.h). They are seen with their strategy
// under the one visibility rule (app/visibility.h): the public reads those
// of published strategies, and an unpublished strategy's are not found.
// They are written through the bundle import.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterStrategyEvaluationRoutes(Router& router);

}  // namespace fremdrift
