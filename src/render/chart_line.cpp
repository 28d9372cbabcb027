#include "render/chart_line.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "render/chart_marks.h"
#include "render/chart_scale.h"
#include "render/html_escape.h"
#include "render/text_width.h"

namespace fremdrift {
namespace {

constexpr double kLineChartWidth = 880;
constexpr double kLinePlotHeight = 270;
constexpr double kMarkerRadius = 5;
constexpr double kLabelFont = 13;
constexpr size_t kEndLabelChars = 28;

struct Legend {
  std::string svg;
  double bottom = 0;
};

// One legend entry: a swatch drawn by `swatch` at (x, y centre) and a text.
Legend DrawLegend(const ChartInput& in, bool any_provisional, bool any_approximate, double top) {
  struct Entry {
    int kind;  // 0 series, 1 target, 2 baseline, 3 provisional, 4 approximate
    size_t index;
    std::string text;
  };
  std::vector<Entry> entries;
  bool named = in.series.size() > 1 || (in.series.size() == 1 && !in.series[0].name.empty());
  if (named) {
    for (size_t i = 0; i < in.series.size(); ++i) entries.push_back({0, i, in.series[i].name});
  }
  if (!in.targets.empty()) entries.push_back({1, 0, in.texts.legend_target});
  if (in.baseline) entries.push_back({2, 0, in.texts.legend_baseline});
  if (any_provisional) entries.push_back({3, 0, in.texts.legend_provisional});
  if (any_approximate) entries.push_back({4, 0, in.texts.legend_approximate});
  Legend l;
  l.bottom = top;
  if (entries.empty()) return l;
  double x = 12, y = top + 10, line = 24;
  l.svg = "<g class=\"ch-legend\">";
  for (const auto& e : entries) {
    std::string text = TruncateText(e.text, 60);
    double w = 40 + TextWidth(text, kLabelFont) + 24;
    if (x + w > kLineChartWidth && x > 12) {
      x = 12;
      y += line;
    }
    switch (e.kind) {
      case 0: {
        const char* c = SeriesColour(e.index);
        l.svg += "<line x1=\"" + SvgNum(x) + "\" x2=\"" + SvgNum(x + 30) + "\" y1=\"" + SvgNum(y) +
                 "\" y2=\"" + SvgNum(y) + "\" stroke=\"" + c + "\" stroke-width=\"2.5\"/>";
        l.svg += MarkerSvg(e.index, x + 15, y, kMarkerRadius, c, false);
        break;
      }
      case 1:
        l.svg += "<circle cx=\"" + SvgNum(x + 15) + "\" cy=\"" + SvgNum(y) +
                 "\" r=\"7\" fill=\"#ffffff\" stroke=\"" + kChartText + "\" stroke-width=\"2.5\"/>";
        l.svg += "<circle cx=\"" + SvgNum(x + 15) + "\" cy=\"" + SvgNum(y) + "\" r=\"2.5\" fill=\"" +
                 kChartText + "\"/>";
        break;
      case 2:
        l.svg += "<line x1=\"" + SvgNum(x) + "\" x2=\"" + SvgNum(x + 30) + "\" y1=\"" + SvgNum(y) +
                 "\" y2=\"" + SvgNum(y) + "\" stroke=\"" + kChartMuted +
                 "\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>";
        break;
      case 3:
        l.svg += MarkerSvg(0, x + 15, y, kMarkerRadius, kChartMuted, true);
        break;
      case 4:
        l.svg += MarkerSvg(0, x + 15, y, kMarkerRadius, kChartMuted, true,
                           "stroke-dasharray=\"2.5 1.5\"");
        break;
    }
    l.svg += SvgText(x + 38, y + 4.5, text,
                     std::string("font-size=\"13\" fill=\"") + kChartText + "\"");
    x += w;
  }
  l.svg += "</g>";
  l.bottom = y + 16;
  return l;
}

// Spreads label centres (sorted) at least `gap` apart within [lo, hi].
void Spread(std::vector<double>& ys, double gap, double lo, double hi) {
  for (size_t i = 1; i < ys.size(); ++i) ys[i] = std::max(ys[i], ys[i - 1] + gap);
  if (!ys.empty() && ys.back() > hi) {
    ys.back() = hi;
    for (size_t i = ys.size() - 1; i-- > 0;) ys[i] = std::min(ys[i], ys[i + 1] - gap);
  }
  for (auto& y : ys) y = std::max(y, lo);
}

std::string PointTooltip(const ChartSeries& s, const ChartPoint& p, const NumberFormat& f) {
  std::string t = s.name.empty() ? "" : s.name + " — ";
  return t + p.label + ": " + PointValueText(p, f);
}

}  // namespace

std::string RenderLineChartSvg(const ChartInput& in) {
  const std::string cls = "chart chart-line";
  if (!HasChartValues(in)) {
    return NoDataSvg(cls, in.id, kLineChartWidth, 200, in.texts.title, in.texts.description,
                     in.texts.no_data);
  }

  // The value range: every point, target and the baseline.
  double lo = 0, hi = 0;
  int first_year = 9999, last_year = 0;
  bool any_provisional = false, any_approximate = false;
  for (const auto& s : in.series) {
    for (const auto& p : s.points) {
      any_approximate = any_approximate || !p.qualifier_words.empty();
      lo = std::min(lo, p.value);
      hi = std::max(hi, p.value);
      first_year = std::min(first_year, p.period.Start().year);
      last_year = std::max(last_year, p.period.End().year);
      any_provisional = any_provisional || p.provisional;
    }
  }
  for (const auto& t : in.targets) {
    lo = std::min(lo, t.value);
    hi = std::max(hi, t.value);
    first_year = std::min(first_year, t.by.year);
    last_year = std::max(last_year, t.by.year);
  }
  if (in.baseline) {
    lo = std::min(lo, in.baseline->value);
    hi = std::max(hi, in.baseline->value);
  }
  ValueTicks ticks = NiceTicks(lo, hi, 5);

  // Margins: tick labels on the left, end labels on the right.
  double left = 0;
  for (double v : ticks.ticks) left = std::max(left, TextWidth(FormatNumber(v, in.format), 12));
  left += 20;
  bool end_labels = in.series.size() > 1;
  std::vector<std::string> end_texts;
  double right = 36;
  if (end_labels) {
    for (const auto& s : in.series) {
      std::string text = s.points.empty()
                             ? TruncateText(s.name, kEndLabelChars)
                             : TruncateText(s.name, kEndLabelChars) + ": " +
                                   FormatNumber(s.points.back().value, in.format);
      end_texts.push_back(text);
      // Bold text runs wider than the estimate.
      right = std::max(right, TextWidth(text, kLabelFont) * 1.12 + 30);
    }
    right = std::min(right, 290.0);
  }

  Legend legend = DrawLegend(in, any_provisional, any_approximate, 8);
  double top = legend.bottom + (in.axis_title.empty() ? 14 : 34);
  double x0 = left, x1 = kLineChartWidth - right;
  double y0 = top, y1 = top + kLinePlotHeight;
  double height = y1 + 34;
  TimeScale time(first_year, last_year, x0, x1);
  auto Y = [&](double v) { return y1 - (v - ticks.min) / (ticks.max - ticks.min) * (y1 - y0); };

  std::string out = SvgOpen(cls, in.id, kLineChartWidth, height, in.texts.title, in.texts.description);
  out += "<rect width=\"" + SvgNum(kLineChartWidth) + "\" height=\"" + SvgNum(height) + "\" fill=\"#ffffff\"/>";
  out += legend.svg;
  if (!in.axis_title.empty()) {
    out += SvgText(8, top - 14, in.axis_title,
                   std::string("class=\"ch-axis-title\" font-size=\"13\" font-weight=\"600\" fill=\"") +
                       kChartMuted + "\"");
  }

  // Year bands with their labels under the plot.
  out += "<g class=\"ch-x-axis\">";
  int years = time.last_year() - time.first_year() + 1;
  double year_width = (x1 - x0) / years;
  int label_every = std::max(1, static_cast<int>(std::ceil(44.0 / year_width)));
  for (int yr = time.first_year(); yr <= time.last_year(); ++yr) {
    double a = time.X(Date{yr, 1, 1});
    double b = yr == time.last_year() ? x1 : time.X(Date{yr + 1, 1, 1});
    if ((yr - time.first_year()) % 2 == 1) {
      out += "<rect x=\"" + SvgNum(a) + "\" y=\"" + SvgNum(y0) + "\" width=\"" + SvgNum(b - a) +
             "\" height=\"" + SvgNum(y1 - y0) + "\" fill=\"" + kChartBand + "\"/>";
    }
    if ((yr - time.first_year()) % label_every == 0) {
      out += SvgText((a + b) / 2, y1 + 20, std::to_string(yr),
                     std::string("class=\"ch-year\" font-size=\"13\" text-anchor=\"middle\" fill=\"") +
                         kChartText + "\"");
    }
    out += "<line x1=\"" + SvgNum(a) + "\" x2=\"" + SvgNum(a) + "\" y1=\"" + SvgNum(y0) +
           "\" y2=\"" + SvgNum(y1 + 5) + "\" stroke=\"" + kChartGrid + "\"/>";
  }
  out += "<line x1=\"" + SvgNum(x1) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" + SvgNum(y0) +
         "\" y2=\"" + SvgNum(y1 + 5) + "\" stroke=\"" + kChartGrid + "\"/>";
  out += "</g>";

  // Value ticks and grid lines.
  out += "<g class=\"ch-y-axis\">";
  for (double v : ticks.ticks) {
    double y = Y(v);
    out += "<line x1=\"" + SvgNum(x0) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" + SvgNum(y) +
           "\" y2=\"" + SvgNum(y) + "\" stroke=\"" + (v == 0 ? "#8a94a3" : kChartGrid) + "\"/>";
    out += SvgText(x0 - 8, y + 4.5, FormatNumber(v, in.format),
                   std::string("class=\"ch-tick\" font-size=\"12\" text-anchor=\"end\" fill=\"") +
                       kChartMuted + "\"");
  }
  out += "</g>";


  // Points of several series that fall on the same spot are moved apart
  // sideways a little, so that every marker shows.
  std::map<std::pair<long, long>, int> crowd;
  auto spot = [&](const ChartPoint& p) {
    return std::make_pair(std::lround(time.X(p.period)), std::lround(Y(p.value)));
  };
  for (const auto& s : in.series) {
    for (const auto& p : s.points) ++crowd[spot(p)];
  }
  std::map<std::pair<long, long>, int> placed;
  std::vector<std::vector<double>> xs(in.series.size());
  for (size_t i = 0; i < in.series.size(); ++i) {
    for (const auto& p : in.series[i].points) {
      auto key = spot(p);
      int n = crowd[key], k = placed[key]++;
      xs[i].push_back(time.X(p.period) + (k - (n - 1) / 2.0) * 8.0);
    }
  }

  // The baseline: a dashed line, its label where no point or value label is.
  if (in.baseline) {
    double y = Y(in.baseline->value);
    out += "<g class=\"ch-baseline\"><title>" + EscapeHtml(in.baseline->label) + "</title>";
    out += "<line x1=\"" + SvgNum(x0) + "\" x2=\"" + SvgNum(x1) + "\" y1=\"" + SvgNum(y) +
           "\" y2=\"" + SvgNum(y) + "\" stroke=\"" + kChartMuted +
           "\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>";
    double w = TextWidth(in.baseline->label, 12);
    struct Place {
      double x, y;
      bool end;  // anchored at its right end
    };
    const Place places[] = {{x0 + 6, y - 7, false}, {x1 - 6, y - 7, true},
                            {x0 + 6, y + 17, false}, {x1 - 6, y + 17, true}};
    auto clear = [&](const Place& p) {
      double left = p.end ? p.x - w : p.x, right = p.end ? p.x : p.x + w;
      double top = p.y - 12, bottom = p.y + 3;
      for (size_t i = 0; i < in.series.size(); ++i) {
        for (size_t k = 0; k < in.series[i].points.size(); ++k) {
          double px = xs[i][k], py = Y(in.series[i].points[k].value);
          // The marker and the value label above it.
          if (px + 22 > left && px - 22 < right && py + 7 > top && py - 26 < bottom) return false;
        }
      }
      return true;
    };
    Place chosen = places[0];
    for (const auto& p : places) {
      if (clear(p)) {
        chosen = p;
        break;
      }
    }
    out += SvgText(chosen.x, chosen.y, in.baseline->label,
                   std::string("font-size=\"12\" fill=\"") + kChartMuted + "\" " +
                       (chosen.end ? "text-anchor=\"end\" " : "") + kHalo);
    out += "</g>";
  }

  // The lines, then the points over them.
  bool value_labels = in.series.size() == 1 && in.series[0].points.size() <= 12;
  for (size_t i = 0; i < in.series.size(); ++i) {
    const auto& s = in.series[i];
    const char* c = SeriesColour(i);
    if (s.points.size() > 1) {
      std::string d;
      for (size_t k = 0; k < s.points.size(); ++k) {
        d += (d.empty() ? "M" : " L") + SvgNum(xs[i][k]) + "," + SvgNum(Y(s.points[k].value));
      }
      out += "<path class=\"ch-line\" d=\"" + d + "\" fill=\"none\" stroke=\"" + c +
             "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>";
    }
  }
  for (size_t i = 0; i < in.series.size(); ++i) {
    const auto& s = in.series[i];
    const char* c = SeriesColour(i);
    out += "<g class=\"ch-series\">";
    for (size_t k = 0; k < s.points.size(); ++k) {
      const ChartPoint& p = s.points[k];
      double x = xs[i][k], y = Y(p.value);
      std::string attrs = "class=\"ch-point\"";
      if (!p.qualifier_words.empty()) attrs += " " + ApproximateMarkerAttributes(p);
      out += MarkerSvg(i, x, y, kMarkerRadius, c, p.provisional || !p.qualifier_words.empty(), attrs,
                       PointTooltip(s, p, in.format));
      if (value_labels) {
        out += SvgText(x, y - 11, PointValueText(p, in.format),
                       std::string("class=\"ch-value\" font-size=\"12.5\" font-weight=\"600\" "
                                   "text-anchor=\"middle\" fill=\"") +
                           kChartText + "\" " + kHalo);
      }
    }
    out += "</g>";
  }

  // Targets: one ringed point per value and date.
  std::map<std::pair<Date, double>, std::vector<const ChartTarget*>> targets;
  for (const auto& t : in.targets) targets[{t.by, t.value}].push_back(&t);
  for (const auto& [key, list] : targets) {
    double x = time.X(key.first), y = Y(key.second);
    std::string tooltip;
    for (const auto* t : list) tooltip += (tooltip.empty() ? "" : "; ") + t->tooltip;
    out += "<g class=\"ch-target\"><title>" + EscapeHtml(tooltip) + "</title>";
    out += "<circle cx=\"" + SvgNum(x) + "\" cy=\"" + SvgNum(y) +
           "\" r=\"8\" fill=\"#ffffff\" stroke=\"" + kChartText + "\" stroke-width=\"2.5\"/>";
    out += "<circle cx=\"" + SvgNum(x) + "\" cy=\"" + SvgNum(y) + "\" r=\"3\" fill=\"" +
           kChartText + "\"/>";
    const std::string& label = list.front()->label;
    // Inside the plot, so that it stays clear of the end labels.
    bool left_side = x + 14 + TextWidth(label, 13.5) > x1;
    out += SvgText(left_side ? x - 13 : x + 13, y - 10, label,
                   std::string("font-size=\"12.5\" font-weight=\"700\" fill=\"") + kChartText +
                       "\" " + (left_side ? "text-anchor=\"end\" " : "") + kHalo);
    out += "</g>";
  }

  // Direct labels at the line ends, spread so that they do not overlap.
  if (end_labels) {
    struct End {
      size_t series;
      double x, y;
    };
    std::vector<End> ends;
    for (size_t i = 0; i < in.series.size(); ++i) {
      if (in.series[i].points.empty()) continue;
      const auto& p = in.series[i].points.back();
      ends.push_back({i, xs[i].back(), Y(p.value)});
    }
    std::stable_sort(ends.begin(), ends.end(), [](const End& a, const End& b) { return a.y < b.y; });
    std::vector<double> ys;
    for (const auto& e : ends) ys.push_back(e.y);
    Spread(ys, 17, y0 - 4, y1 + 4);
    out += "<g class=\"ch-end-labels\">";
    for (size_t k = 0; k < ends.size(); ++k) {
      const End& e = ends[k];
      const char* c = SeriesColour(e.series);
      double lx = x1 + 12;
      out += "<line x1=\"" + SvgNum(e.x + 7) + "\" y1=\"" + SvgNum(e.y) + "\" x2=\"" +
             SvgNum(lx - 3) + "\" y2=\"" + SvgNum(ys[k]) + "\" stroke=\"" + c +
             "\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>";
      out += SvgText(lx, ys[k] + 4.5, end_texts[e.series],
                     std::string("class=\"ch-end-label\" font-size=\"13\" font-weight=\"600\" fill=\"") +
                         c + "\"");
    }
    out += "</g>";
  }
  out += "</svg>";
  return out;
}

}  // namespace fremdrift
