#include "render/chart_stacked.h"

#include <algorithm>
#include <map>

#include "render/chart_marks.h"
#include "render/chart_scale.h"
#include "render/html_escape.h"
#include "render/text_width.h"

namespace fremdrift {
namespace {

constexpr double kStackedChartWidth = 880;
constexpr double kRowHeight = 46;
constexpr double kStackedBarHeight = 30;

struct Row {
  Period period;
  std::string label;
  std::vector<std::pair<size_t, const ChartPoint*>> segments;  // series index, point
  double total = 0;
  Qualifier total_qualifier = Qualifier::kExact;  // of the sum of its segments
};

// "om lag 1 234": the sum with the words of its qualifier.
std::string TotalText(const ChartInput& in, const Row& r) {
  std::string number = FormatNumber(r.total, in.format);
  const std::string& words = r.total_qualifier == Qualifier::kAbout   ? in.texts.total_about
                             : r.total_qualifier == Qualifier::kUnder ? in.texts.total_under
                             : r.total_qualifier == Qualifier::kOver  ? in.texts.total_over
                                                                      : std::string();
  return in.texts.total + " " + (words.empty() ? "" : words + " ") + number;
}

std::vector<Row> Rows(const ChartInput& in) {
  std::map<std::pair<Date, std::string>, Row> rows;
  for (size_t i = 0; i < in.series.size(); ++i) {
    for (const auto& p : in.series[i].points) {
      auto key = std::make_pair(p.period.End(), p.period.ToString());
      auto it = rows.find(key);
      if (it == rows.end()) it = rows.emplace(key, Row{p.period, p.label, {}, 0}).first;
      it->second.segments.emplace_back(i, &p);
      if (p.value > 0) {
        it->second.total += p.value;
        it->second.total_qualifier = CombineQualifiers(it->second.total_qualifier, p.qualifier);
      }
    }
  }
  std::vector<Row> out;
  for (auto& [k, r] : rows) out.push_back(std::move(r));
  return out;
}

}  // namespace

std::string RenderStackedBarChartSvg(const ChartInput& in, bool percent) {
  const std::string cls = "chart chart-stacked";
  if (!HasChartValues(in)) {
    return NoDataSvg(cls, in.id, kStackedChartWidth, 200, in.texts.title, in.texts.description,
                     in.texts.no_data);
  }
  std::vector<Row> rows = Rows(in);
  double hi = 0;
  for (const auto& r : rows) hi = std::max(hi, r.total);
  if (percent) hi = std::max(hi, 100.0);
  ValueTicks ticks = NiceTicks(0, hi, 5);

  double left = 0;
  for (const auto& r : rows) left = std::max(left, TextWidth(r.label, 13));
  left = std::min(left, 200.0) + 24;
  double right = 28;
  if (!in.texts.total.empty()) {
    for (const auto& r : rows) {
      right = std::max(right, TextWidth(TotalText(in, r), 13) + 20);
    }
  }

  // The legend: a colour-and-pattern swatch and the name of each series.
  std::string legend;
  double lx = 12, ly = 18;
  for (size_t i = 0; i < in.series.size(); ++i) {
    std::string text = TruncateText(in.series[i].name, 60);
    double w = 34 + TextWidth(text, 13) + 24;
    if (lx + w > kStackedChartWidth && lx > 12) {
      lx = 12;
      ly += 26;
    }
    legend += "<rect x=\"" + SvgNum(lx) + "\" y=\"" + SvgNum(ly - 9) + "\" width=\"24\" height=\"18\" fill=\"" +
              SeriesColour(i) + "\"/>" + PatternOverlay(in.id, i, lx, ly - 9, 24, 18);
    legend += SvgText(lx + 32, ly + 4.5, text, std::string("font-size=\"13\" fill=\"") + kChartText + "\"");
    lx += w;
  }
  // An approximate value or a bound: its segment has a dashed outline.
  bool any_approximate = false;
  for (const auto& s : in.series) {
    for (const auto& p : s.points) any_approximate = any_approximate || !p.qualifier_words.empty();
  }
  if (any_approximate && !in.texts.legend_approximate.empty()) {
    std::string text = TruncateText(in.texts.legend_approximate, 60);
    double w = 34 + TextWidth(text, 13) + 24;
    if (lx + w > kStackedChartWidth && lx > 12) {
      lx = 12;
      ly += 26;
    }
    legend += "<rect x=\"" + SvgNum(lx + 1) + "\" y=\"" + SvgNum(ly - 8) +
              "\" width=\"22\" height=\"16\" fill=\"#ffffff\" stroke=\"" + kChartText +
              "\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>";
    legend += SvgText(lx + 32, ly + 4.5, text, std::string("font-size=\"13\" fill=\"") + kChartText + "\"");
    lx += w;
  }
  double top = ly + 18 + (in.axis_title.empty() ? 8 : 26);
  double x0 = left, x1 = kStackedChartWidth - right;
  double y0 = top, y1 = top + kRowHeight * static_cast<double>(rows.size());
  double height = y1 + 34;
  auto X = [&](double v) { return x0 + (v - ticks.min) / (ticks.max - ticks.min) * (x1 - x0); };

  std::string out = SvgOpen(cls, in.id, kStackedChartWidth, height, in.texts.title, in.texts.description);
  out += "<defs>" + PatternDefs(in.id) + "</defs>";
  out += "<rect width=\"" + SvgNum(kStackedChartWidth) + "\" height=\"" + SvgNum(height) + "\" fill=\"#ffffff\"/>";
  out += "<g class=\"ch-legend\">" + legend + "</g>";
  if (!in.axis_title.empty()) {
    out += SvgText(x0, top - 10, in.axis_title,
                   std::string("class=\"ch-axis-title\" font-size=\"13\" font-weight=\"600\" fill=\"") +
                       kChartMuted + "\"");
  }
  out += "<g class=\"ch-x-axis\">";
  for (double v : ticks.ticks) {
    double x = X(v);
    out += "<line x1=\"" + SvgNum(x) + "\" x2=\"" + SvgNum(x) + "\" y1=\"" + SvgNum(y0) + "\" y2=\"" +
           SvgNum(y1 + 4) + "\" stroke=\"" + (v == 0 ? "#8a94a3" : kChartGrid) + "\"/>";
    out += SvgText(x, y1 + 20, FormatNumber(v, in.format),
                   std::string("class=\"ch-tick\" font-size=\"12\" text-anchor=\"middle\" fill=\"") +
                       kChartMuted + "\"");
  }
  out += "</g>";

  out += "<g class=\"ch-rows\">";
  for (size_t k = 0; k < rows.size(); ++k) {
    const Row& r = rows[k];
    double y = y0 + kRowHeight * static_cast<double>(k) + (kRowHeight - kStackedBarHeight) / 2;
    out += SvgText(x0 - 10, y + kStackedBarHeight / 2 + 4.5, TruncateText(r.label, 28),
                   std::string("class=\"ch-category\" font-size=\"13\" font-weight=\"600\" text-anchor=\"end\" fill=\"") +
                       kChartText + "\"");
    double acc = 0;
    for (const auto& [i, p] : r.segments) {
      if (p->value <= 0) continue;
      double xa = X(acc), xb = X(acc + p->value);
      acc += p->value;
      const ChartSeries& s = in.series[i];
      std::string value = PointValueText(*p, in.format);
      out += "<rect class=\"ch-segment\" x=\"" + SvgNum(xa) + "\" y=\"" + SvgNum(y) + "\" width=\"" +
             SvgNum(xb - xa) + "\" height=\"" + SvgNum(kStackedBarHeight) + "\" fill=\"" + SeriesColour(i) +
             "\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>" +
             EscapeHtml(s.name + " — " + r.label + ": " + value) + "</title></rect>";
      out += PatternOverlay(in.id, i, xa, y, xb - xa, kStackedBarHeight);
      if (!p->qualifier_words.empty()) {
        out += "<rect class=\"ch-qualified\" x=\"" + SvgNum(xa + 1) + "\" y=\"" + SvgNum(y + 1) + "\" width=\"" +
               SvgNum(std::max(xb - xa - 2, 1.0)) + "\" height=\"" + SvgNum(kStackedBarHeight - 2) +
               "\" fill=\"none\" stroke=\"" + kChartText + "\" stroke-width=\"2\" stroke-dasharray=\"4 3\" " +
               "data-qualified=\"true\"/>";
      }
      // The value, and the name too when both fit.
      std::string both = value + " " + s.name;
      std::string text = TextWidth(both, 13) + 12 <= xb - xa ? both
                         : TextWidth(value, 13) + 10 <= xb - xa ? value
                                                                 : "";
      if (!text.empty()) {
        out += SvgText((xa + xb) / 2, y + kStackedBarHeight / 2 + 4.5, text,
                       std::string("class=\"ch-segment-label\" font-size=\"13\" font-weight=\"700\" "
                                   "text-anchor=\"middle\" fill=\"#ffffff\" stroke=\"") +
                           SeriesColour(i) + "\" stroke-width=\"4\" paint-order=\"stroke\" stroke-linejoin=\"round\"");
      }
    }
    if (!in.texts.total.empty()) {
      out += SvgText(X(acc) + 8, y + kStackedBarHeight / 2 + 4.5, TotalText(in, r),
                     std::string("class=\"ch-total\" font-size=\"13\" font-weight=\"600\" fill=\"") + kChartText + "\"");
    }
  }
  out += "</g></svg>";
  return out;
}

}  // namespace fremdrift
