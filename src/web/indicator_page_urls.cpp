#include "web/indicator_page_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string IndicatorEditUrl(const std::string& code) {
  return std::string(kIndicatorListUrl) + "/" + UrlEncodeComponent(code) + "/rediger";
}

std::string MeasurementsPageUrl(const std::string& code) {
  return std::string(kIndicatorListUrl) + "/" + UrlEncodeComponent(code) + "/maalinger";
}

std::string DimensionLabelsPageUrl(const std::string& code) {
  return std::string(kIndicatorListUrl) + "/" + UrlEncodeComponent(code) + "/etiketter";
}

std::string MeasurementEditUrl(const std::string& code, const std::string& period,
                               const DimensionValues& dims) {
  std::vector<std::pair<std::string, std::string>> params{{"periode", period}};
  for (const auto& [name, value] : dims) params.emplace_back("dimensjon", name + "=" + value);
  return UrlWithQuery(MeasurementsPageUrl(code), params) + "#endre";
}

}  // namespace fremdrift
