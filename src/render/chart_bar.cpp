#include "render/chart_bar.h"

#include <algorithm>

#include "render/chart_marks.h"
#include "render/chart_scale.h"
#include "render/html_escape.h"
#include "render/text_width.h"

namespace fremdrift {
namespace {

constexpr double kBarChartWidth = 880;
constexpr double kBarPlotHeight = 260;

// A labelled horizontal line across the plot (targets and the baseline).
std::string Rule(const std::string& cls, double x0, double x1, double y, const char* dash,
                 const char* colour, const std::string& label, const std::string& tooltip) {
  std::string out = "<g class=\"" + cls + "\"><title>" + EscapeHtml(tooltip) + "</title>";
  out += "<line x1=\"" + SvgNum(x0) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" + SvgNum(y) +
         "\" y2=\"" + SvgNum(y) + "\" stroke=\"" + colour + "\" stroke-width=\"2\" stroke-dasharray=\"" +
         dash + "\"/>";
  out += SvgText(x1 - 4, y - 7, label,
                 std::string("font-size=\"12.5\" font-weight=\"700\" text-anchor=\"end\" fill=\"") +
                     colour + "\" " + kHalo);
  return out + "</g>";
}

}  // namespace

std::string RenderBarChartSvg(const ChartInput& in) {
  const std::string cls = "chart chart-bar";
  if (!HasChartValues(in)) {
    return NoDataSvg(cls, in.id, kBarChartWidth, 200, in.texts.title, in.texts.description,
                     in.texts.no_data);
  }
  const ChartSeries& s = in.series.front();
  double lo = 0, hi = 0;
  bool any_provisional = false, any_approximate = false;
  for (const auto& p : s.points) {
    any_approximate = any_approximate || !p.qualifier_words.empty();
    lo = std::min(lo, p.value);
    hi = std::max(hi, p.value);
    any_provisional = any_provisional || p.provisional;
  }
  for (const auto& t : in.targets) hi = std::max(hi, t.value);
  if (in.baseline) hi = std::max(hi, in.baseline->value);
  ValueTicks ticks = NiceTicks(lo, hi, 5);

  double left = 0;
  for (double v : ticks.ticks) left = std::max(left, TextWidth(FormatNumber(v, in.format), 12));
  left += 20;
  const char* colour = SeriesColour(0);

  // The legend: only for provisional values, targets and the baseline.
  std::string legend;
  double lx = 12, ly = 18;
  auto entry = [&](const std::string& swatch, const std::string& text) {
    double w = 40 + TextWidth(text, 13) + 24;
    if (lx + w > kBarChartWidth && lx > 12) {
      lx = 12;
      ly += 24;
    }
    legend += swatch;
    legend += SvgText(lx + 38, ly + 4.5, text, std::string("font-size=\"13\" fill=\"") + kChartText + "\"");
    lx += w;
  };
  if (any_provisional) {
    entry("<rect x=\"" + SvgNum(lx + 6) + "\" y=\"" + SvgNum(ly - 8) + "\" width=\"20\" height=\"16\" fill=\"" +
              colour + "\"/>" + PatternOverlay(in.id, 1, lx + 6, ly - 8, 20, 16),
          in.texts.legend_provisional);
  }
  if (any_approximate) {
    entry(MarkerSvg(0, lx + 15, ly, 5, colour, true, "stroke-dasharray=\"2.5 1.5\""),
          in.texts.legend_approximate);
  }
  if (!in.targets.empty()) {
    entry("<line x1=\"" + SvgNum(lx) + "\" x2=\"" + SvgNum(lx + 30) + "\" y1=\"" + SvgNum(ly) + "\" y2=\"" +
              SvgNum(ly) + "\" stroke=\"" + kChartText + "\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>",
          in.texts.legend_target);
  }
  if (in.baseline) {
    entry("<line x1=\"" + SvgNum(lx) + "\" x2=\"" + SvgNum(lx + 30) + "\" y1=\"" + SvgNum(ly) + "\" y2=\"" +
              SvgNum(ly) + "\" stroke=\"" + kChartMuted + "\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>",
          in.texts.legend_baseline);
  }
  double top = (legend.empty() ? 8 : ly + 16) + (in.axis_title.empty() ? 14 : 34);
  double x0 = left, x1 = kBarChartWidth - 20, y0 = top, y1 = top + kBarPlotHeight;
  double height = y1 + 34;
  auto Y = [&](double v) { return y1 - (v - ticks.min) / (ticks.max - ticks.min) * (y1 - y0); };

  std::string out = SvgOpen(cls, in.id, kBarChartWidth, height, in.texts.title, in.texts.description);
  if (any_provisional) out += "<defs>" + PatternDefs(in.id) + "</defs>";
  out += "<rect width=\"" + SvgNum(kBarChartWidth) + "\" height=\"" + SvgNum(height) + "\" fill=\"#ffffff\"/>";
  if (!legend.empty()) out += "<g class=\"ch-legend\">" + legend + "</g>";
  if (!in.axis_title.empty()) {
    out += SvgText(8, top - 14, in.axis_title,
                   std::string("class=\"ch-axis-title\" font-size=\"13\" font-weight=\"600\" fill=\"") +
                       kChartMuted + "\"");
  }
  out += "<g class=\"ch-y-axis\">";
  for (double v : ticks.ticks) {
    double y = Y(v);
    out += "<line x1=\"" + SvgNum(x0) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" + SvgNum(y) + "\" y2=\"" +
           SvgNum(y) + "\" stroke=\"" + (v == 0 ? "#8a94a3" : kChartGrid) + "\"/>";
    out += SvgText(x0 - 8, y + 4.5, FormatNumber(v, in.format),
                   std::string("class=\"ch-tick\" font-size=\"12\" text-anchor=\"end\" fill=\"") +
                       kChartMuted + "\"");
  }
  out += "</g>";

  double band = (x1 - x0) / static_cast<double>(s.points.size());
  double bar = std::min(72.0, band * 0.62);
  size_t label_chars = static_cast<size_t>(std::max(4.0, band / 7.0));
  out += "<g class=\"ch-bars\">";
  for (size_t i = 0; i < s.points.size(); ++i) {
    const ChartPoint& p = s.points[i];
    double cx = x0 + band * (static_cast<double>(i) + 0.5);
    double ya = Y(std::max(p.value, 0.0)), yb = Y(std::min(p.value, 0.0));
    std::string tooltip = (s.name.empty() ? "" : s.name + " — ") + p.label + ": " + PointValueText(p, in.format);
    out += "<rect class=\"ch-bar" + std::string(p.provisional ? " ch-provisional" : "") + "\" x=\"" +
           SvgNum(cx - bar / 2) + "\" y=\"" + SvgNum(ya) + "\" width=\"" + SvgNum(bar) + "\" height=\"" +
           SvgNum(std::max(yb - ya, 1.0)) + "\" fill=\"" + colour + "\"" +
           (p.provisional ? std::string(" stroke=\"") + kChartText + "\" stroke-dasharray=\"4 3\"" : "") +
           "><title>" + EscapeHtml(tooltip) + "</title></rect>";
    if (p.provisional) out += PatternOverlay(in.id, 1, cx - bar / 2, ya, bar, std::max(yb - ya, 1.0));
    // An approximate value or a bound: an open marker on the bar's end.
    if (!p.qualifier_words.empty()) {
      out += MarkerSvg(0, cx, ya, 5, colour, true,
                       "class=\"ch-point\" " + ApproximateMarkerAttributes(p), tooltip);
    }
    out += SvgText(cx, ya - (p.qualifier_words.empty() ? 7 : 10), PointValueText(p, in.format),
                   std::string("class=\"ch-value\" font-size=\"12.5\" font-weight=\"600\" text-anchor=\"middle\" fill=\"") +
                       kChartText + "\" " + kHalo);
    out += SvgText(cx, y1 + 20, TruncateText(p.label, label_chars),
                   std::string("class=\"ch-category\" font-size=\"13\" text-anchor=\"middle\" fill=\"") +
                       kChartText + "\"");
  }
  out += "</g>";

  if (in.baseline) {
    out += Rule("ch-baseline", x0, x1, Y(in.baseline->value), "7 4", kChartMuted, in.baseline->label,
                in.baseline->label);
  }
  for (const auto& t : in.targets) {
    out += Rule("ch-target", x0, x1, Y(t.value), "2 3", kChartText, t.label, t.tooltip);
  }
  out += "</svg>";
  return out;
}

}  // namespace fremdrift
