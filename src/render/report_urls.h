// The addresses of a status report and its period's forms, with the
// strategy named in the query: a period code that several strategies share
// still finds the right report. The paths come from the route table
// (render/route_table.h):
//   /rapport/{period}?strategy=KEY                the report as a page
//   /rapport/{period}.pdf, /rapport/{period}.md   the same as PDF, Markdown
//   /rapport/{period}/sammenlign/{other}?strategy=KEY   two periods compared
//   /rapport/{period}/tilstand?strategy=KEY       the period's state (admins)
//   /rapport/{period}/mal/{goal}?strategy=KEY     one goal's section as a page
#pragma once

#include <string>

namespace fremdrift {

// `format` is "" for the page, or "pdf" / "md".
std::string ReportUrl(const std::string& strategy_key, const std::string& period_code,
                      const std::string& format = "");

// The page of one goal's section of the report; `goal_key` is the goal's
// key (a top-level plan item).
std::string ReportGoalUrl(const std::string& strategy_key, const std::string& period_code,
                          const std::string& goal_key);

std::string ReportComparisonUrl(const std::string& strategy_key, const std::string& period_code,
                                const std::string& other_code);

// The period's state, its next states as forms, its history.
std::string PeriodStateUrl(const std::string& strategy_key, const std::string& period_code);

}  // namespace fremdrift
