// Stacked bars drawn on the server as SVG: one horizontal bar per period,
// made of one segment per series (the values of a dimension, or the parts
// of a distribution such as 37 % ja / 24 % nei / 39 % ikke svart). Each
// segment has its own colour AND fill pattern, is labelled with its value
// (and its name when there is room), and the legend names them, so that
// nothing rests on colour alone. With texts.total set, each bar ends with
// its sum ("Sum 1 234"). Percent charts run from 0 to at least 100.
// An approximate value or a bound (ChartPoint::qualifier_words) is said in
// its label and tooltip ("om lag 27 %") and drawn with a dashed outline
// (data-qualified="true") that the legend explains; a sum with such a part
// says so by its combined qualifier ("Sum om lag 1 234").
//
// The SVG has role="img", a <title> and a <desc>. Each segment is one
// <rect class="ch-segment">. With no values it says texts.no_data instead.
#pragma once

#include <string>

#include "render/chart_data.h"

namespace fremdrift {

std::string RenderStackedBarChartSvg(const ChartInput& input, bool percent);

}  // namespace fremdrift
