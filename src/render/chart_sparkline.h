// Small charts for the monitor's overview, drawn on the server as SVG:
// a sparkline (one thin line per series with its marker shape, targets as
// small rings, the first and last year written under it) and a spark bar
// (the latest period of a distribution as one stacked bar with patterns).
// They add a picture to figures the page already says in words; each still
// has role="img", a <title> and a <desc>. A series of more than 24 points
// marks only its last point (and any provisional or approximate one), so
// that a card of ten years of months stays small. Points are "ch-point" elements,
// targets "ch-target" groups and segments "ch-segment" rects, as in the
// large charts. With no values they say texts.no_data.
#pragma once

#include <string>

#include "render/chart_data.h"

namespace fremdrift {

std::string RenderSparklineSvg(const ChartInput& input);

// Draws the latest period found in any series (segments in series order).
std::string RenderSparkBarSvg(const ChartInput& input, bool percent);

}  // namespace fremdrift
