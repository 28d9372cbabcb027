// The dimension an indicator's figures are shown by when it has no
// national figures: the one rule the monitor's charts and cards and the
// status report's indicator rows share.
#pragma once

#include <string>
#include <vector>

#include "domain/indicator.h"

namespace fremdrift {

// Of `dimensions` (those the indicator's measurements are split by), the
// one to show the figures by: the distribution's dimension; else the
// dimension of the first target set for one group of exactly one
// dimension ("2 500 in Helse Nord" names the region; a target for a
// cross of two dimensions names neither); else the first. "" when there
// are no dimensions.
std::string ChartDimension(const Indicator& indicator, const std::vector<std::string>& dimensions);

}  // namespace fremdrift
