#include "render/period_form_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string PeriodStateUrl(const std::string& strategy_key, const std::string& period_code) {
  return UrlWithQuery("/rapport/" + UrlEncodeComponent(period_code) + "/tilstand",
                      {{"strategy", strategy_key}});
}

std::string NewPeriodUrl() { return "/rapport/ny-periode"; }

}  // namespace fremdrift
