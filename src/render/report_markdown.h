// A status report as GitHub-flavoured Markdown (GET /rapport/{period}.md,
// `fremdrift report --format md`): the same sections and rows as the HTML
// report, with the tables as pipe tables. A status is a coloured circle
// emoji AND its word ("🔴 Rød", "⚪ Ikke vurdert"), never the colour alone.
// Pure functions: no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/status_report.h"
#include "render/i18n.h"

namespace fremdrift {

// Inline text with Markdown's own characters escaped (\ ` * _ [ ] < > # |
// and the like), so that data never turns into markup. Line breaks are kept.
std::string MarkdownText(std::string_view text);

// Text for one table cell: MarkdownText, with "|" escaped as "\|" and line
// breaks (\n, \r\n, \r) written as "<br>"; never empty (an empty cell reads
// " "), so that every row has its cells.
std::string MarkdownCell(std::string_view text);

// A pipe table: the header row, the delimiter row and one row per entry,
// each with as many cells as `header` (missing cells are empty, extra ones
// are dropped). Cells are written as given: escape them with MarkdownCell.
std::string MarkdownTable(const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows);

// A coloured circle for a level by its place on the scale (best green,
// worst red; never by its key), or ⚪ for not assessed / no data. The
// level's word always follows it.
std::string StatusEmoji(std::string_view status, const StatusScale& scale);

// The whole report in the catalogue's language.
std::string ReportMarkdown(const StatusReport& report, const Catalogue& t);

}  // namespace fremdrift
