// An indicator's series as a JSON download: the same document as
// GET /api/v1/indicators/{code}/series (indicator, query, groups, values,
// baseline, targets, achievement), and each value also carries its "note"
// (ValueNote), so the JSON download hides nothing the CSV shows.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "formats/series_table.h"

namespace fremdrift {

nlohmann::ordered_json SeriesToJson(const SeriesDownload& d);

// SeriesToJson(d).dump(): compact, UTF-8.
std::string SeriesJson(const SeriesDownload& d);

// One achievement as the series document writes it.
nlohmann::ordered_json AchievementToJson(const Achievement& a);

}  // namespace fremdrift
