// The heat map of a risk register: how many open risks fall in each cell
// of the 5×5 grid of likelihood × consequence, each cell with its score and
// level by the rule of domain/risk_level.h. Drawn by
// render/risk_heat_map_svg.h, always with its data table. Documented in
// docs/strategy-model.md, "Risks".
#pragma once

#include <array>
#include <vector>

#include "domain/risk.h"

namespace fremdrift {

struct RiskHeatMap {
  // counts[likelihood - 1][consequence - 1]: open risks in that cell.
  std::array<std::array<int, 5>, 5> counts{};
  int open = 0;    // open risks counted
  int closed = 0;  // closed risks, not in the grid

  int Count(int likelihood, int consequence) const { return counts[likelihood - 1][consequence - 1]; }
};

// The heat map of `risks`: open risks with valid ratings in their cells,
// closed ones only counted.
RiskHeatMap RiskHeatMapOf(const std::vector<Risk>& risks);

// The level of the cell at `likelihood` × `consequence` (each 1–5).
RiskLevel RiskCellLevel(int likelihood, int consequence);

}  // namespace fremdrift
