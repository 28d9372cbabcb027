// A bar chart drawn on the server as SVG: one bar per period of the first
// series, its value written above it and its period below. Provisional
// values are striped with a dashed outline (and the legend says so);
// targets are dotted horizontal lines and the baseline a dashed one, each
// labelled with its value. Suits flows such as logins per year.
//
// The SVG has role="img", a <title> and a <desc>. Each bar is one
// <rect class="ch-bar ...">. With no values it says texts.no_data instead.
#pragma once

#include <string>

#include "render/chart_data.h"

namespace fremdrift {

std::string RenderBarChartSvg(const ChartInput& input);

}  // namespace fremdrift
