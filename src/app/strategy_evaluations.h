// Reading and keeping strategy evaluations (domain/strategy_evaluation.h):
// a strategy's evaluations with the scales their answers are on, for its
// page and the API, and the bundle section "strategy_evaluations"
// (docs/bundle-format.md), read after the strategies and status scales
// they name. An evaluation is seen with its strategy: the caller finds the
// strategy through app/visibility.h first.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/import_summary.h"
#include "domain/failure.h"
#include "domain/strategy.h"
#include "domain/strategy_evaluation.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The evaluations of `strategy`, newest first, each with the stored record
// of its scale.
std::vector<ScaledEvaluation> EvaluationsOf(SqlConnection& conn, const Strategy& strategy);

// Imports the records of `list` (at JSON path `path`): each creates an
// evaluation or replaces the one with its strategy and key, with an audit
// entry (entity "strategy_evaluation", id "<strategy>/<key>") by `actor`;
// a record identical to the stored one is counted as ignored. A broken
// record, one naming a strategy or scale that is not stored, or an answer
// that is not a level of its scale (rule "answer_not_on_scale") is added
// to `problems` with its path. Counts go to `summary`
// ("strategy_evaluations").
void ImportStrategyEvaluations(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                               const std::string& actor, std::vector<FieldProblem>& problems,
                               ImportSummary& summary);

// The section: every evaluation, by strategy and key.
nlohmann::ordered_json ExportStrategyEvaluations(SqlConnection& conn);

}  // namespace fremdrift
