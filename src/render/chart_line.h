// A line chart over time, drawn on the server as SVG: one line per series
// (group), placed on a calendar axis so that years, months and target
// dates line up; every point marked with its series' shape as well as its
// colour; a legend with the series names and direct labels with the
// latest value at the line ends; targets as ringed points labelled with
// their value; the baseline as a labelled dashed line. Provisional values
// have hollow markers. Ticks are written with the unit ("40 %", "20 000 000").
//
// The SVG has role="img", a <title> and a <desc> (the text summary); the
// page shows the same values in a data table. Each data point is one
// element with class "ch-point", each target one <g class="ch-target">,
// the baseline one <g class="ch-baseline">. With no values the chart says
// texts.no_data instead (see NoDataSvg).
#pragma once

#include <string>

#include "render/chart_data.h"

namespace fremdrift {

std::string RenderLineChartSvg(const ChartInput& input);

}  // namespace fremdrift
