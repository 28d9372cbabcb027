#include "render/report_urls.h"

#include "render/url_for.h"

namespace fremdrift {

std::string ReportUrl(const std::string& strategy_key, const std::string& period_code,
                      const std::string& format) {
  // The format is the last segment's extension: /rapport/2023-Q1.pdf.
  std::string segment = format.empty() ? period_code : period_code + "." + format;
  return UrlWithQuery(UrlFor(routes::kReport, segment), {{"strategy", strategy_key}});
}

std::string ReportGoalUrl(const std::string& strategy_key, const std::string& period_code,
                          const std::string& goal_key) {
  return UrlWithQuery(UrlFor(routes::kReportGoal, period_code, goal_key), {{"strategy", strategy_key}});
}

std::string ReportComparisonUrl(const std::string& strategy_key, const std::string& period_code,
                                const std::string& other_code) {
  return UrlWithQuery(UrlFor(routes::kReportCompare, period_code, other_code), {{"strategy", strategy_key}});
}

std::string PeriodStateUrl(const std::string& strategy_key, const std::string& period_code) {
  return UrlWithQuery(UrlFor(routes::kPeriodState, period_code), {{"strategy", strategy_key}});
}

}  // namespace fremdrift
