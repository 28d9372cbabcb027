// Printing a document whose text names the pages its parts land on, such
// as a table of contents with page numbers, which Chromium cannot count
// itself (it has no target-counter()). The document is printed with room
// kept for the numbers, the page of each linked anchor is read from the
// PDF's named destinations (formats/pdf_destinations.h), and it is printed
// again with them, until the numbers stand (at most three prints).
#pragma once

#include <functional>
#include <map>
#include <string>

namespace fremdrift {

// The 1-based page of each anchor ("mal-1") that a link in the document points to.
using PageNumbers = std::map<std::string, int>;

// Prints the document that `html_for` writes for the page numbers it is
// given (none at first: it keeps the same room for them) and returns the
// PDF's bytes. Failures as PrintHtmlToPdf (app/pdf_printer.h).
std::string PrintHtmlToPdfWithPageNumbers(const std::function<std::string(const PageNumbers&)>& html_for,
                                          int timeout_seconds = 60);

}  // namespace fremdrift
