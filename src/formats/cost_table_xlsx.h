// A year's cost-sharing table as an Excel workbook (libxlsxwriter) with two
// sheets:
//  - the table: solution, cost, change and one column per group under a
//    bold, frozen header row, then a bold total row. Cells hold the exact
//    figures as numbers with the format "#,##0.0", so they show as the page
//    does (one decimal) and sum exactly;
//  - the explanation: per solution its method, base year, key, source and
//    notes, and the sentence on rounding.
// The same table gives the same bytes.
#pragma once

#include <string>

#include "domain/cost_table.h"
#include "domain/cost_table_labels.h"

namespace fremdrift {

// Throws Failure(kInternal) if libxlsxwriter fails.
std::string CostTableXlsx(const CostTable& table, const CostTableLabels& labels);

}  // namespace fremdrift
