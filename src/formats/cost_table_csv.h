// A year's cost-sharing table as CSV (RFC 4180, as series_csv.h writes it:
// UTF-8 with a byte-order mark, CRLF, quoted fields where needed): a header
// row (solution, cost, change, one column per group), one row per
// solution and a total row. Figures are as the page shows them: rounded
// half away from zero to one decimal, totals the rounded exact totals.
#pragma once

#include <string>

#include "domain/cost_table.h"
#include "domain/cost_table_labels.h"
#include "formats/series_csv.h"

namespace fremdrift {

std::string CostTableCsv(const CostTable& table, const CostTableLabels& labels,
                         CsvDialect dialect = CsvDialect::kComma);

}  // namespace fremdrift
