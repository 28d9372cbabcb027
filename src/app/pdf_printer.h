// Printing HTML to PDF with headless Chromium's print-to-pdf: the page's
// own print stylesheet (@page size, margins, page breaks) decides the
// layout. Chromium is /usr/bin/chromium, or $FREMDRIFT_CHROMIUM when set.
//
// Each print runs a fresh Chromium with a throw-away profile in a private
// temporary folder, which is removed afterwards. Prints are serialised
// within the process (one Chromium at a time), so that a burst of PDF
// requests cannot start a browser per request. Thread-safe.
#pragma once

#include <string>

namespace fremdrift {

// The Chromium binary to run: $FREMDRIFT_CHROMIUM, else /usr/bin/chromium.
std::string ChromiumPath();

// Whether ChromiumPath() is an executable file.
bool ChromiumAvailable();

// Prints the HTML file `html_path` to `pdf_path`. Throws Failure(kInternal)
// "Chromium is not installed: apt-get install chromium" when there is no
// Chromium, and Failure(kInternal) with Chromium's last words when it fails
// or runs longer than `timeout_seconds` (it is then killed).
void PrintHtmlFileToPdf(const std::string& html_path, const std::string& pdf_path,
                        int timeout_seconds = 60);

// Prints a self-contained HTML document (no external resources: styles
// inline) and returns the PDF's bytes. Failures as PrintHtmlFileToPdf.
std::string PrintHtmlToPdf(const std::string& html, int timeout_seconds = 60);

}  // namespace fremdrift
