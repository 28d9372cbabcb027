// The JSON form of a status scale record (domain/status_scale.h), shared
// by the API and the bundle's section "status_scales"
// (docs/bundle-format.md): {key, name_nb, name_en, source, good_end:
// "first"|"last", levels: [{key, name_nb, name_en, colour, shape}]} with
// the levels in the record's order.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/status_scale.h"

namespace fremdrift {

nlohmann::ordered_json StatusScaleToJson(const StatusScaleRecord& record);

// Reads a record; a missing or wrongly typed member, an unknown field, an
// unknown good end or shape, or a broken rule (StatusScaleProblems) adds a
// problem whose field is `path` + the member's path.
StatusScaleRecord StatusScaleFromJson(const nlohmann::json& in, const std::string& path,
                                      std::vector<FieldProblem>& problems);

}  // namespace fremdrift
