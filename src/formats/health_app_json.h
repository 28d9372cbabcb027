// JSON forms of the health-app module (docs/health-apps.md), shared by the
// API, the bundle and the catalogue store: a catalogue version, an app, an
// evaluation with answers and verdicts, and a label.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/health_app.h"
#include "domain/health_app_catalogue.h"
#include "domain/health_app_evaluation.h"
#include "domain/health_app_label.h"

namespace fremdrift {

using OJson = nlohmann::ordered_json;

OJson LocalTextToJson(const LocalText& t);

// The whole catalogue version, content and all (without the id).
OJson CatalogueToJson(const AppCatalogue& c);
// Reads a catalogue version; every problem of form is added to `problems`
// named from `path` ("" or "app_catalogues[0]."). The rules between parts
// are checked by ValidateCatalogue, which this also runs.
AppCatalogue CatalogueFromJson(const nlohmann::json& in, const std::string& path, std::vector<FieldProblem>& problems);

OJson HealthAppToJson(const HealthApp& a);  // with key and version, without id
// Applies the fields present in `in` to `a` (key only when `with_key`).
void ApplyHealthAppFields(const nlohmann::json& in, HealthApp& a, bool with_key, const std::string& path,
                          std::vector<FieldProblem>& problems);

OJson AnswersToJson(const std::vector<RequirementAnswer>& answers);
OJson ReviewsToJson(const std::vector<RequirementReview>& reviews);
// [{"requirement", "answer", "evidence"}]
std::vector<RequirementAnswer> AnswersFromJson(const nlohmann::json& in, const std::string& path,
                                               std::vector<FieldProblem>& problems);
// [{"requirement", "verdict", "comment"}] (reviewer and date are set by the caller)
std::vector<RequirementReview> ReviewsFromJson(const nlohmann::json& in, const std::string& path,
                                               std::vector<FieldProblem>& problems);

OJson LabelGradesToJson(const LabelGrades& g);
LabelGrades LabelGradesFromJson(const nlohmann::json& in);

}  // namespace fremdrift
