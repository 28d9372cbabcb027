// A status report as one self-contained HTML document: the report body of
// the page (templates/report_body.mustache) inside templates/
// report_document.mustache, with the site's stylesheet inlined and the
// print layout: A4 pages, a title page, each goal on a new page, and a
// running footer with the strategy, the period and the page number. This is
// what `fremdrift report --format html` writes and what Chromium prints to
// PDF; it needs nothing from the server.
#pragma once

#include <string>

#include "domain/status_report.h"
#include "render/i18n.h"

namespace fremdrift {

// `assets_dir` holds templates/ and static/site.css.
std::string ReportDocumentHtml(const StatusReport& report, const Catalogue& t,
                               const std::string& assets_dir);

// `text` as the content of a CSS string ("..."): quotes, backslashes and
// line breaks escaped, and "<" written as \3c so that it cannot close the
// <style> element.
std::string CssString(const std::string& text);

}  // namespace fremdrift
