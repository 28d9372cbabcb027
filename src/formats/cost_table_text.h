// A year's cost-sharing table as plain text for a terminal: the title, then
// columns aligned on character counts (names left, figures right), a total
// row, and the sentence on rounding. Figures as on the page: one decimal,
// rounded half away from zero; totals are the rounded exact totals.
#pragma once

#include <string>

#include "domain/cost_table.h"
#include "domain/cost_table_labels.h"

namespace fremdrift {

std::string CostTableText(const CostTable& table, const CostTableLabels& labels);

}  // namespace fremdrift
