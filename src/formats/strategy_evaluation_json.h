// A strategy evaluation (domain/strategy_evaluation.h) as JSON, for the API
// and the bundle section "strategy_evaluations" (docs/bundle-format.md):
// strategy (its key), key, title_nb, title_en, date ("2021" or
// "2021-06-30"), source (a citation), status_scale (a scale's key) and
// questions [{question_nb, question_en, answer (a level key or
// "not_assessed"), comment_nb, comment_en}], in order.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/strategy_evaluation.h"

namespace fremdrift {

nlohmann::ordered_json StrategyEvaluationToJson(const StrategyEvaluation& evaluation);

// The API's form: the bundle's record and its "version" (the bundle
// carries none: an imported record is compared by its content).
nlohmann::ordered_json StrategyEvaluationApiJson(const StrategyEvaluation& evaluation);

// Reads an evaluation from `in`; each problem goes to `problems` with
// `path` and "." before its field name ("$.strategy_evaluations[0].date"),
// the rules of StrategyEvaluationProblems included. An unknown member is a
// problem ("unknown_field"); a missing answer is not_assessed.
StrategyEvaluation StrategyEvaluationFromJson(const nlohmann::json& in, const std::string& path,
                                              std::vector<FieldProblem>& problems);

}  // namespace fremdrift
