#include "domain/chart_dimension.h"

#include <algorithm>

namespace fremdrift {

std::string ChartDimension(const Indicator& indicator, const std::vector<std::string>& dimensions) {
  auto known = [&](const std::string& d) {
    return std::find(dimensions.begin(), dimensions.end(), d) != dimensions.end();
  };
  if (!indicator.distribution_dimension.empty() && known(indicator.distribution_dimension)) {
    return indicator.distribution_dimension;
  }
  for (const auto& target : indicator.targets) {
    if (target.dimensions.size() == 1 && known(target.dimensions.begin()->first)) {
      return target.dimensions.begin()->first;
    }
  }
  return dimensions.empty() ? "" : dimensions.front();
}

}  // namespace fremdrift
