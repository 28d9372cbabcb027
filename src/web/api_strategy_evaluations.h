// The API of strategy evaluations (docs/strategy-model.md, "Evaluations"):
// GET /api/v1/strategies/{id}/evaluations lists the evaluations of the
// strategy with that id or key, newest first, and GET .../{key} gives one
// with an ETag of its version, in the bundle's form with "version"
// (formats/strategy_evaluation_json.h). They are seen with their strategy
// under the one visibility rule (app/visibility.h): the public reads those
// of published strategies, and an unpublished strategy's are not found.
// POST .../evaluations creates one (201 with a Location), PUT .../{key}
// replaces it and DELETE .../{key} deletes it (204), with the version
// check of If-Match, ?version= or the body's "version", through
// app/strategy_evaluation_service.h (admins only, audited).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterStrategyEvaluationRoutes(Router& router);

}  // namespace fremdrift
