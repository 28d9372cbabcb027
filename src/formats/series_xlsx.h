// An indicator's series as an Excel workbook (XLSX, written with
// libxlsxwriter; opens in Excel and LibreOffice) with two sheets:
//  - "Data": the columns of SeriesColumns (series_table.h) under a bold,
//    frozen header row with a filter; values are numbers with a number
//    format that fits the unit (e.g. `#,##0" %"` for percent, as many
//    decimals as the values need, at most three); columns sized to their
//    text;
//  - the sheet of SeriesDownload::about ("Om indikatoren" / "About the
//    indicator"): its labelled facts in the download's language, one row
//    per value, the label in bold on the first (left out when the about
//    has no sheet name).
// The workbook's dates are fixed, so the same data gives the same bytes.
// Thread-safe: calls are serialised, because libxlsxwriter uses gmtime()
// and rand(), which are not reentrant.
#pragma once

#include <string>

#include "formats/series_table.h"

namespace fremdrift {

// The bytes of the .xlsx file. Throws Failure(kInternal) if libxlsxwriter
// fails (e.g. no writable temporary directory).
std::string SeriesXlsx(const SeriesDownload& d);

}  // namespace fremdrift
