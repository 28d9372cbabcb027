// Text that goes into a spreadsheet cell (CSV, SDMX-CSV, XLSX) made inert,
// as OWASP's "CSV Injection" guidance describes: a cell that begins with
// =, +, -, @, a tab or a carriage return could be taken for a formula by
// Excel or LibreOffice, so it gets a single quote in front. A cell that is
// a plain number ("-12.5", "-12,5", "+3", "1e-3") stays as it is, so numbers
// stay numbers. Every CSV field (CsvField) and XLSX text cell (CellText)
// passes through here.
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

// Whether `text` is a plain decimal number: an optional sign, digits, an
// optional '.' or ',' with digits, and an optional exponent.
bool IsPlainNumberText(std::string_view text);

// `text`, with a leading "'" when it begins with =, +, -, @, tab or CR and
// is not a plain number.
std::string NeutralisedCellText(std::string_view text);

}  // namespace fremdrift
