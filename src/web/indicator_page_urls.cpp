#include "web/indicator_page_urls.h"

#include "render/url_for.h"

namespace fremdrift {

std::string MeasurementEditUrl(const std::string& code, const std::string& period,
                               const DimensionValues& dims) {
  std::vector<std::pair<std::string, std::string>> params{{"periode", period}};
  for (const auto& [name, value] : dims) params.emplace_back("dimensjon", name + "=" + value);
  return UrlWithQuery(UrlFor(routes::kIndicatorMeasurements, code), params) + "#endre";
}

}  // namespace fremdrift
