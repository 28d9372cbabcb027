// The addresses of the status report pages (src/web/page_report.cpp
// registers the routes; keep the two in step):
//   /rapport                                  the reports one may see
//   /rapport/{period}[?strategy=KEY]          the report as a page
//   /rapport/{period}.pdf, /rapport/{period}.md   the same as PDF, Markdown
//   /rapport/{period}/sammenlign/{other}      two periods compared
//   /rapport/{period}/mal/{goal}              one goal's section as a page
//   /rapport/{period}?mot={other}             redirects to the comparison
// `strategy` is added to every address so that a period code that several
// strategies share still finds the right report.
#pragma once

#include <string>

namespace fremdrift {

std::string ReportIndexUrl();

// `format` is "" for the page, or "pdf" / "md".
std::string ReportUrl(const std::string& strategy_key, const std::string& period_code,
                      const std::string& format = "");

// The page of one goal's section of the report; `goal_key` is the goal's
// key (a top-level plan item).
std::string ReportGoalUrl(const std::string& strategy_key, const std::string& period_code,
                          const std::string& goal_key);

std::string ReportComparisonUrl(const std::string& strategy_key, const std::string& period_code,
                                const std::string& other_code);

}  // namespace fremdrift
