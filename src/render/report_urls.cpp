#include "render/report_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string ReportIndexUrl() { return "/rapport"; }

std::string ReportUrl(const std::string& strategy_key, const std::string& period_code,
                      const std::string& format) {
  std::string path = "/rapport/" + UrlEncodeComponent(period_code) + (format.empty() ? "" : "." + format);
  return UrlWithQuery(path, {{"strategy", strategy_key}});
}

std::string ReportGoalUrl(const std::string& strategy_key, const std::string& period_code,
                          const std::string& goal_key) {
  return UrlWithQuery("/rapport/" + UrlEncodeComponent(period_code) + "/mal/" + UrlEncodeComponent(goal_key),
                      {{"strategy", strategy_key}});
}

std::string ReportComparisonUrl(const std::string& strategy_key, const std::string& period_code,
                                const std::string& other_code) {
  return UrlWithQuery("/rapport/" + UrlEncodeComponent(period_code) + "/sammenlign/" +
                          UrlEncodeComponent(other_code),
                      {{"strategy", strategy_key}});
}

}  // namespace fremdrift
