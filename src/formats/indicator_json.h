// JSON forms of indicators and measurements, shared by the API and the
// bundle (docs/bundle-format.md, sections "indicators" and "measurements").
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/indicator.h"
#include "domain/measurement.h"

namespace fremdrift {

nlohmann::ordered_json IndicatorToJson(const Indicator& i);
nlohmann::ordered_json MeasurementToJson(const Measurement& m);

// The API's form: the id, the bundle fields, the dimension names, the
// version and when its data last changed.
nlohmann::ordered_json IndicatorApiJson(const Indicator& i, const std::vector<std::string>& dimensions);

// The label catalogue of an indicator's breakdowns as the bundle and the
// API write it: [{dimension, nb, en, values: [{key, nb, en}]}].
nlohmann::ordered_json DimensionLabelsToJson(const std::vector<DimensionLabels>& labels);

// Reads an indicator; every problem is added with `path` + field name.
Indicator IndicatorFromJson(const nlohmann::json& in, const std::string& path,
                            std::vector<FieldProblem>& problems);

}  // namespace fremdrift
