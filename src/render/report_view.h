// A status report as the HTML templates show it (templates/report_body
// .mustache, used by the page /rapport/{period} and by the printable
// document), and the comparison of two periods (templates/report_compare
// .mustache). Every status is a mark in its level's colour together with
// its word (templates/report_status.mustache): never colour alone.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/status_report.h"
#include "render/i18n.h"
#include "render/report_text.h"

namespace fremdrift {

// The key of the mark of an expected report with no assessment yet.
inline constexpr std::string_view kNotReportedKey = "not_reported";

// A status mark: key, word, fill, stroke, hollow (outside the scale),
// dashed with dasharray (no data; dotted for not reported).
mstch::map StatusMarkView(const StatusText& status);

// Keys: report_heading, document_title, strategy_name, strategy_url,
// period_code, period_text, period_title, has_period_title, state_text,
// is_draft, published_text, has_publisher, publisher, previous_text, has_previous, legend [status mark],
// toc [{anchor, text, has_page, page_url (a goal's own page)}], overall {status, previous_status,
// has_previous_status, trend_text, comment [{text}], has_comment,
// suggestion, has_suggestion}, goals [goal], goals_have_suggestions,
// themes / summaries / qualitative [note] with has_*, other_indicator_table,
// has_other_indicators.
// A goal: subject, anchor, label, title, heading, url, page_url, status,
// previous_status, has_previous_status, trend_key, trend_text, comment,
// has_comment, suggestion {status, justification, has_justification,
// reason, has_reason}, has_suggestion, summaries, indicator_table {caption,
// progress_heading, rows [{subject, name, url, has_url, status, comment,
// has_comment, figures [{text}], has_figures, no_figures_text, targets
// [{text}], has_targets, not_reported, chart_svg, has_chart}]}, has_indicators, initiatives [{subject, code,
// has_code, title, url, owners, has_owners, not_reported, status, comment, has_comment, suggestion,
// has_suggestion}], has_initiatives, initiatives_have_suggestions,
// initiatives_progress_heading, themes, has_themes, qualitative,
// has_qualitative. A note: title, has_title, paragraphs [{text}].
// Subjects read "item:KEY" / "indicator:CODE".
mstch::map ReportView(const StatusReport& report, const Catalogue& t);

// Keys: strategy_name, from_text, to_text, from_code, to_code, from_url,
// to_url, intro, has_changes, status_changed [{label, kind_text, kind_lang,
// from_status, to_status, trend_text}], only_in_to / only_in_from [{label,
// kind_text, kind_lang, status, comment, has_comment}] with *_heading,
// comment_changed [{label, kind_text, kind_lang, from_comment,
// has_from_comment, to_comment, has_to_comment}], notes_only_in_to /
// notes_only_in_from [{subject, kind_text, title}] with *_heading; each
// list with has_*. An item's kind_text is its level's name ("Delmål").
mstch::map ComparisonView(const PeriodComparison& comparison, const Catalogue& t);

}  // namespace fremdrift
