#include "render/chart_data.h"

namespace fremdrift {

bool HasChartValues(const ChartInput& input) {
  for (const auto& s : input.series) {
    if (!s.points.empty()) return true;
  }
  return false;
}

}  // namespace fremdrift

namespace fremdrift {

std::string PointValueText(const ChartPoint& p, const NumberFormat& format) {
  std::string number = FormatNumber(p.value, format);
  return p.qualifier_words.empty() ? number : p.qualifier_words + " " + number;
}

std::string ApproximateMarkerAttributes(const ChartPoint& p) {
  if (p.qualifier_words.empty()) return "";
  return "stroke-dasharray=\"2.5 1.5\" data-qualified=\"true\"";
}

}  // namespace fremdrift
