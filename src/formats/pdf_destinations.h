// Where the named destinations of a PDF are: the page number of each anchor
// of the printed HTML that a link points to, as Chromium's print-to-pdf
// writes them (Skia: a classic cross-reference table, the catalog's /Dests
// dictionary of [page /XYZ x y zoom] arrays, a /Pages tree). The status
// report's PDF uses it to number its table of contents (docs/reporting.md,
// "The report itself").
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace fremdrift {

// The 1-based page of each named destination of `pdf`, by name (with #xx
// escapes decoded). Empty when the file has none or is not laid out as
// above (a cross-reference stream, a /Names tree); never throws.
std::map<std::string, int> PdfDestinationPages(std::string_view pdf);

}  // namespace fremdrift
