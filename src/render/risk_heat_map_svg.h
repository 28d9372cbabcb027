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

// The section of a page that shows a heat map (templates/risk_heat_map,
// under the key "risk_heat"): {id, heading, has_note, note, svg, table
// (RiskHeatMapTableView), has_closed, closed_text, has_register_url,
// register_url}. `id` prefixes the ids of the SVG and the heading (unique
// on the page); `note` says whose risks they are ("" for none);
// `register_url` links to the same risks in the register ("" for none).
mstch::map RiskHeatSectionView(const RiskHeatMap& map, const std::string& id, const std::string& note,
                               const std::string& register_url, const Catalogue& t);

}  // namespace fremdrift
