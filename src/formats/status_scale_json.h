// The JSON form of a status scale record (domain/status_scale.h) for the
// API: {key, name_nb, name_en, source, good_end: "first"|"last",
// levels: [{key, name_nb, name_en, colour, shape}]} with the levels in the
// record's order.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/status_scale.h"

namespace fremdrift {

nlohmann::ordered_json StatusScaleToJson(const StatusScaleRecord& record);

}  // namespace fremdrift
