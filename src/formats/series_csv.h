// An indicator's series as CSV (RFC 4180) for spreadsheets and scripts:
// UTF-8 with a byte-order mark (so that Excel reads æøå), CRLF line ends, a
// header row and one row per value with the columns of SeriesColumns
// (series_table.h). A field is quoted when it holds the separator, a quote,
// CR or LF; a quote inside is doubled.
#pragma once

#include <string>
#include <string_view>

#include "formats/series_table.h"

namespace fremdrift {

enum class CsvDialect {
  kComma,      // ',' between fields, '.' in numbers: 12.5
  kSemicolon,  // ';' between fields, ',' in numbers: 12,5 (Norwegian Excel)
};

std::string SeriesCsv(const SeriesDownload& d, CsvDialect dialect = CsvDialect::kComma);

// One field as RFC 4180 writes it with `separator`: as is, or in quotes with
// inner quotes doubled; text that a spreadsheet could take for a formula
// first gets a leading "'" (formats/spreadsheet_text.h).
std::string CsvField(std::string_view text, char separator);

}  // namespace fremdrift
