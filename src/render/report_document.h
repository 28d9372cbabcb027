// A status report as one self-contained HTML document: the report body of
// the page (templates/report_body.mustache) inside templates/
// report_document.mustache, with the site's stylesheet inlined and the
// print layout: A4 landscape pages, a title page with the contents, each
// goal on a new page, tables that never split a row and repeat their
// header, and a running footer with the strategy, the period and the page
// number. This is what `fremdrift report --format html` writes and what
// Chromium prints to PDF; it needs nothing from the server.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "domain/status_report.h"
#include "render/i18n.h"

namespace fremdrift {

// `assets_dir` holds templates/ and static/site.css. With `page_numbers`
// (the page of each contents entry's anchor, app/numbered_pdf.h), the
// contents get a page column: the number where known, else the same room
// left blank, so that the numbers never move what follows.
std::string ReportDocumentHtml(const StatusReport& report, const Catalogue& t, const std::string& assets_dir,
                               const std::optional<std::map<std::string, int>>& page_numbers = std::nullopt);

// `text` as the content of a CSS string ("..."): quotes, backslashes and
// line breaks escaped, and "<" written as \3c so that it cannot close the
// <style> element.
std::string CssString(const std::string& text);

}  // namespace fremdrift
