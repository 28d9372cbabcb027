// Reading an optional text member of a JSON record: the string, "" when it
// is missing or null, and a problem ("must be a string") at
// `prefix` + `name` when it is anything else. Shared by the record readers
// of the strategy model (formats/risk_json.h, formats/benefit_json.h).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

std::string OptionalTextField(const nlohmann::json& in, const char* name, const std::string& prefix,
                              std::vector<FieldProblem>& problems);

}  // namespace fremdrift
