#include "render/chart_data.h"

namespace fremdrift {

bool HasChartValues(const ChartInput& input) {
  for (const auto& s : input.series) {
    if (!s.points.empty()) return true;
  }
  return false;
}

}  // namespace fremdrift
