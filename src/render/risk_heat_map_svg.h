// The heat map of a risk register (domain/risk_heat_map.h) drawn as SVG:
// a 5×5 grid with likelihood up the side (5 at the top) and consequence
// along the bottom, each cell tinted by its level and writing both the
// number of open risks and the level in words (so the level is never told
// by colour alone). The SVG has role="img", a <title> and a <desc>; the
// page shows RiskHeatMapTableView's table next to it. Texts come from the
// catalogue (templates/i18n/*/risks.json).
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "domain/risk_heat_map.h"
#include "render/i18n.h"

namespace fremdrift {

// The SVG; `id` prefixes its element ids (unique on the page).
std::string RenderRiskHeatMapSvg(const RiskHeatMap& map, const std::string& id, const Catalogue& t);

// The data table: {caption, consequence_headings [{n}], rows [{likelihood,
// cells [{count, level, level_text, label}]}], open_text}.
mstch::map RiskHeatMapTableView(const RiskHeatMap& map, const Catalogue& t);

}  // namespace fremdrift
