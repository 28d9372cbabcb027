// The cost-sharing pages' view models: /kostnadsdeling (the years) and
// /kostnadsdeling/{year} (the table with caption and row/column headers,
// the method and key of each solution, a stacked-bar chart of each group's
// share by solution followed by the same figures as a table, downloads).
// Figures are rounded to one decimal as docs/cost-sharing.md describes,
// written with a decimal comma in bokmål.
#pragma once

#include <vector>

#include <mstch/mstch.hpp>

#include "domain/cost_table.h"
#include "render/i18n.h"

namespace fremdrift {

// An amount rounded to one decimal in the catalogue's language: "284,6"
// (nb), "284.6" (en), with a minus sign for a negative amount.
std::string CostFigureText(Mnok amount, const Catalogue& t);

mstch::map CostSharingIndexView(const std::vector<int>& years, const Catalogue& t);

mstch::map CostSharingYearView(const CostTable& table, const std::vector<int>& years, const Catalogue& t);

}  // namespace fremdrift
