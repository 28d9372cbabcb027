// Writing an .xlsx workbook with libxlsxwriter and getting its bytes: the
// plumbing every XLSX download shares (a temporary file, fixed document
// properties so that the same data gives the same bytes, serialised calls
// because libxlsxwriter uses gmtime() and rand(), which are not reentrant).
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>
#include <string_view>

namespace fremdrift {

// Calls `fill` with a new workbook whose title and subject are set and
// whose creation date is fixed, closes it and returns the file's bytes.
// Throws Failure(kInternal) if libxlsxwriter fails. Thread-safe.
std::string WriteXlsx(const std::string& title, const std::string& subject,
                      const std::function<void(lxw_workbook*)>& fill);

// The number of characters (not bytes) of UTF-8 text.
size_t Utf8Length(std::string_view s);

// `s` made inert (formats/spreadsheet_text.h: a leading "'" before text a
// spreadsheet could take for a formula) and cut to Excel's limit on the
// characters in one cell, at a character boundary. Every text cell is
// written through it.
std::string CellText(const std::string& s);

}  // namespace fremdrift
