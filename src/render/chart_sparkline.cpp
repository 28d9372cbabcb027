#include "render/chart_sparkline.h"

#include <algorithm>

#include "render/chart_marks.h"
#include "render/chart_scale.h"
#include "render/html_escape.h"

namespace fremdrift {
namespace {

constexpr double kSparklineWidth = 300;
constexpr double kHeight = 78;
// Up to this many points a sparkline marks each of them.
constexpr size_t kSparkAllPoints = 24;

}  // namespace

std::string RenderSparklineSvg(const ChartInput& in) {
  const std::string cls = "chart chart-spark";
  if (!HasChartValues(in)) {
    return NoDataSvg(cls, in.id, kSparklineWidth, 56, in.texts.title, in.texts.description, in.texts.no_data);
  }
  double lo = 0, hi = 0;
  int first_year = 9999, last_year = 0;
  for (const auto& s : in.series) {
    for (const auto& p : s.points) {
      lo = std::min(lo, p.value);
      hi = std::max(hi, p.value);
      first_year = std::min(first_year, p.period.Start().year);
      last_year = std::max(last_year, p.period.End().year);
    }
  }
  for (const auto& t : in.targets) {
    hi = std::max(hi, t.value);
    first_year = std::min(first_year, t.by.year);
    last_year = std::max(last_year, t.by.year);
  }
  if (in.baseline) hi = std::max(hi, in.baseline->value);
  ValueTicks ticks = NiceTicks(lo, hi, 2);
  double x0 = 10, x1 = kSparklineWidth - 10, y0 = 8, y1 = kHeight - 22;
  TimeScale time(first_year, last_year, x0, x1);
  auto Y = [&](double v) { return y1 - (v - ticks.min) / (ticks.max - ticks.min) * (y1 - y0); };

  std::string out = SvgOpen(cls, in.id, kSparklineWidth, kHeight, in.texts.title, in.texts.description);
  out += "<line x1=\"" + SvgNum(x0) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" + SvgNum(y1) + "\" y2=\"" +
         SvgNum(y1) + "\" stroke=\"#8a94a3\"/>";
  if (in.baseline) {
    double y = Y(in.baseline->value);
    out += "<line class=\"ch-baseline\" x1=\"" + SvgNum(x0) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" +
           SvgNum(y) + "\" y2=\"" + SvgNum(y) + "\" stroke=\"" + kChartMuted +
           "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>";
  }
  for (size_t i = 0; i < in.series.size(); ++i) {
    const auto& s = in.series[i];
    const char* c = SeriesColour(i);
    if (s.points.size() > 1) {
      std::string d;
      for (const auto& p : s.points) {
        d += (d.empty() ? "M" : " L") + SvgNum(time.X(p.period)) + "," + SvgNum(Y(p.value));
      }
      out += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + c + "\" stroke-width=\"2\"/>";
    }
    // A long series (a decade of months) is its line and its last point;
    // a point that is provisional or only approximate keeps its open
    // marker whatever the length.
    bool every_point = s.points.size() <= kSparkAllPoints;
    for (size_t k = 0; k < s.points.size(); ++k) {
      const auto& p = s.points[k];
      bool last = k + 1 == s.points.size();
      if (!every_point && !last && !p.provisional && p.qualifier_words.empty()) continue;
      std::string attrs = "class=\"ch-point\"";
      if (!p.qualifier_words.empty()) attrs += " " + ApproximateMarkerAttributes(p);
      out += MarkerSvg(i, time.X(p.period), Y(p.value), last ? 4.5 : 3, c,
                       p.provisional || !p.qualifier_words.empty(), attrs,
                       (s.name.empty() ? "" : s.name + " — ") + p.label + ": " +
                           PointValueText(p, in.format));
    }
  }
  for (const auto& t : in.targets) {
    out += "<g class=\"ch-target\"><title>" + EscapeHtml(t.tooltip) + "</title><circle cx=\"" +
           SvgNum(time.X(t.by)) + "\" cy=\"" + SvgNum(Y(t.value)) + "\" r=\"5\" fill=\"#ffffff\" stroke=\"" +
           kChartText + "\" stroke-width=\"2\"/><circle cx=\"" + SvgNum(time.X(t.by)) + "\" cy=\"" +
           SvgNum(Y(t.value)) + "\" r=\"1.8\" fill=\"" + kChartText + "\"/></g>";
  }
  std::string year_attrs = std::string("font-size=\"11\" fill=\"") + kChartMuted + "\"";
  out += SvgText(x0, kHeight - 6, std::to_string(time.first_year()), year_attrs);
  if (time.last_year() != time.first_year()) {
    out += SvgText(x1, kHeight - 6, std::to_string(time.last_year()), year_attrs + " text-anchor=\"end\"");
  }
  return out + "</svg>";
}

std::string RenderSparkBarSvg(const ChartInput& in, bool percent) {
  const std::string cls = "chart chart-spark";
  if (!HasChartValues(in)) {
    return NoDataSvg(cls, in.id, kSparklineWidth, 56, in.texts.title, in.texts.description, in.texts.no_data);
  }
  // The latest period any series has.
  const ChartPoint* latest = nullptr;
  for (const auto& s : in.series) {
    for (const auto& p : s.points) {
      if (!latest || latest->period.End() < p.period.End()) latest = &p;
    }
  }
  double total = 0;
  for (const auto& s : in.series) {
    for (const auto& p : s.points) {
      if (p.period == latest->period && p.value > 0) total += p.value;
    }
  }
  double scale_max = percent ? std::max(total, 100.0) : total;
  if (scale_max <= 0) scale_max = 1;
  double x0 = 2, x1 = kSparklineWidth - 2, y = 6, h = 30;
  std::string out = SvgOpen(cls, in.id, kSparklineWidth, 56, in.texts.title, in.texts.description);
  out += "<defs>" + PatternDefs(in.id) + "</defs>";
  out += "<rect x=\"" + SvgNum(x0) + "\" y=\"" + SvgNum(y) + "\" width=\"" + SvgNum(x1 - x0) + "\" height=\"" +
         SvgNum(h) + "\" fill=\"" + kChartBand + "\" stroke=\"#b8bfc9\"/>";
  double acc = 0;
  for (size_t i = 0; i < in.series.size(); ++i) {
    for (const auto& p : in.series[i].points) {
      if (!(p.period == latest->period) || p.value <= 0) continue;
      double xa = x0 + acc / scale_max * (x1 - x0);
      acc += p.value;
      double xb = x0 + acc / scale_max * (x1 - x0);
      std::string value = FormatNumber(p.value, in.format);
      out += "<rect class=\"ch-segment\" x=\"" + SvgNum(xa) + "\" y=\"" + SvgNum(y) + "\" width=\"" +
             SvgNum(xb - xa) + "\" height=\"" + SvgNum(h) + "\" fill=\"" + SeriesColour(i) +
             "\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>" +
             EscapeHtml(in.series[i].name + " — " + p.label + ": " + value) + "</title></rect>";
      out += PatternOverlay(in.id, i, xa, y, xb - xa, h);
      if (TextWidth(value, 12) + 8 <= xb - xa) {
        out += SvgText((xa + xb) / 2, y + h / 2 + 4.5, value,
                       std::string("font-size=\"12\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#ffffff\" stroke=\"") +
                           SeriesColour(i) + "\" stroke-width=\"3\" paint-order=\"stroke\"");
      }
    }
  }
  out += SvgText(x0, 52, latest->label, std::string("font-size=\"11\" fill=\"") + kChartMuted + "\"");
  return out + "</svg>";
}

}  // namespace fremdrift
