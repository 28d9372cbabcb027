#include "render/roadmap_timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <set>

#include "domain/period.h"
#include "render/html_escape.h"
#include "render/text_width.h"

namespace fremdrift {
namespace {

constexpr double kTimelineWidth = 1200;
constexpr double kLabelX = 12;
constexpr size_t kLabelChars = 48;     // about 350 px of 13 px text
constexpr size_t kHeadingChars = 126;     // about the whole width of 15 px bold text
constexpr size_t kSubheadingChars = 145;  // the same for 14 px text
constexpr double kChartX0 = 396;
constexpr double kChartX1 = 1176;
constexpr double kTimelineBarHeight = 16;

constexpr const char* kFirmColour = "#1f5fa8";
constexpr const char* kTentativeFill = "#c9dcf2";
constexpr const char* kTextColour = "#1a1a1a";
constexpr const char* kMutedText = "#3b4350";
constexpr const char* kTodayColour = "#a4231b";

long Days(const Date& d) { return static_cast<long>(DaysFromCivil(d)); }
// The colours of the phases by their place on the scale (the default
// scale's phases named); each at least 4.5:1 on white. A scale with more
// phases than colours starts over: the phases are always written too.
constexpr const char* kPhaseColours[] = {
    "#6d4c41",  // 1st, konsept: brown          7.6:1
    "#8e24aa",  // 2nd, utvikling: purple       7.0:1
    "#b35900",  // 3rd, tilpasning: orange      4.8:1
    "#c2185b",  // 4th, innføring: pink-red     5.9:1
    "#2e7d32",  // 5th, i bruk: green           5.1:1
    "#00695c",  // 6th (ny praksis on the six-step scale): teal  6.6:1
    "#6a6a00",  // 7th: olive                   5.7:1
};
constexpr int kPhaseColourCount = static_cast<int>(std::size(kPhaseColours));

// How a bar is painted: the plain blue, a phase's colour, or the neutral
// grey of the legend's marks when the bars are coloured by phase. `key`
// names its gradients ("" plain, the phase key, or "n").
struct Paint {
  std::string colour;
  std::string key;
};

Paint PaintOf(const std::optional<BarPhase>& phase) {
  if (!phase) return {kFirmColour, ""};
  return {PhaseColour(phase->position), phase->key};
}

const Paint kNeutralPaint{"#5b6470", "n"};  // 6.0:1 against white

// The light fill of a tentative bar: the colour mixed with three parts white.
std::string Tint(const std::string& hex) {
  if (hex == kFirmColour) return kTentativeFill;
  std::string out = "#";
  for (int i = 0; i < 3; ++i) {
    int c = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16);
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02x", (c + 3 * 255) / 4);
    out += buf;
  }
  return out;
}


std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Maps dates to x within the chart area.
class Scale {
 public:
  explicit Scale(TimelineYears years)
      : first_(Days(Date{years.first, 1, 1})), last_(Days(Date{years.last + 1, 1, 1})) {}
  double X(long days) const {
    double f = static_cast<double>(days - first_) / static_cast<double>(last_ - first_);
    return kChartX0 + std::clamp(f, 0.0, 1.0) * (kChartX1 - kChartX0);
  }
  bool Contains(long days) const { return days >= first_ && days < last_; }

 private:
  long first_, last_;
};

struct Layout {
  enum Kind { kHeading, kBar } kind = kBar;
  double y = 0;
  double height = 0;
  size_t depth = 0;        // heading
  std::string text;        // heading
  const TimelineBar* bar = nullptr;
  std::vector<std::string> label_lines;  // bar
  double xs = 0, xe = 0;                  // bar
  bool open_start = false, open_end = false;
  std::vector<std::string> note_lines;    // bar: phases and marks
  double note_x = 0;
};

constexpr double kNoteCharWidth = 6.6;  // about 12 px text
constexpr double kNoteLine = 15;

// Places a bar: its ends on the scale, and the note under it (phases and
// marks in words), wrapped when it is wider than the chart.
void PlaceBar(const TimelineBar& b, const Scale& scale, const TimelineTexts& texts, Layout& l) {
  l.open_start = !b.start.is_set();
  l.open_end = !b.end.is_set();
  l.xs = l.open_start ? kChartX0 : scale.X(Days(b.start.date()));
  l.xe = l.open_end ? kChartX1 : scale.X(Days(b.end.date()) + 1);  // the end day counts
  if (l.xe - l.xs < 4) l.xe = std::min(kChartX1, l.xs + 4);
  if (l.xe - l.xs < 4) l.xs = l.xe - 4;

  std::string note = b.phases;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!note.empty()) note += " · ";
    note += part;
  };
  if (b.tentative) add(texts.tentative);
  if (l.open_start) add(texts.open_start);
  if (l.open_end) add(texts.open_end);
  if (note.empty()) return;
  auto chars = static_cast<size_t>((kChartX1 - kChartX0) / kNoteCharWidth);
  l.note_lines = WrapText(note, chars, 3);
  size_t widest = 0;
  for (const auto& line : l.note_lines) widest = std::max(widest, CodePointCount(line));
  double w = static_cast<double>(widest) * kNoteCharWidth;
  l.note_x = l.xs + w > kChartX1 ? std::max(kChartX0, kChartX1 - w) : l.xs;
}

std::string GradientId(const Paint& paint, bool tentative, bool open_start, bool open_end) {
  std::string id = "tl-fade-";
  if (!paint.key.empty()) id += paint.key + "-";
  id += tentative ? "t-" : "f-";
  if (open_start) id += "s";
  if (open_end) id += "e";
  return id;
}

// The fading fills of open bars, for each paint in `paints`.
std::string Gradients(const std::vector<Paint>& paints) {
  std::string out = "<defs>";
  for (const auto& paint : paints) {
  for (bool tentative : {false, true}) {
    std::string colour = tentative ? Tint(paint.colour) : paint.colour;
    for (int ends = 1; ends <= 3; ++ends) {
      bool s = ends & 1, e = ends & 2;
      out += "<linearGradient id=\"" + GradientId(paint, tentative, s, e) +
             "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">";
      auto stop = [&](const char* offset, const char* opacity) {
        out += std::string("<stop offset=\"") + offset + "\" stop-color=\"" + colour +
               "\" stop-opacity=\"" + opacity + "\"/>";
      };
      stop("0", s ? "0.08" : "1");
      if (s) stop("0.4", "1");
      if (e) stop("0.6", "1");
      stop("1", e ? "0.08" : "1");
      out += "</linearGradient>";
    }
  }
  }
  return out + "</defs>";
}

// A bar shape; `cls` is "tl-bar" for data bars and "tl-swatch" in the legend.
std::string BarShape(const std::string& cls, double x, double y, double w, bool tentative,
                     bool open_start, bool open_end, const std::string& tooltip,
                     const Paint& paint, const std::optional<BarPhase>& phase = std::nullopt) {
  const std::string& colour = paint.colour;
  std::string fill = open_start || open_end
                         ? "url(#" + GradientId(paint, tentative, open_start, open_end) + ")"
                         : (tentative ? Tint(colour) : colour);
  std::string classes = cls;
  if (phase) classes += " tl-phase-" + phase->key;
  if (tentative) classes += " tl-tentative";
  if (open_start) classes += " tl-open-start";
  if (open_end) classes += " tl-open-end";
  std::string out = "<rect class=\"" + classes + "\" x=\"" + Num(x) + "\" y=\"" + Num(y) +
                    "\" width=\"" + Num(w) + "\" height=\"" + Num(kTimelineBarHeight) +
                    "\" rx=\"3\" fill=\"" + fill + "\"";
  if (tentative) {
    out += " stroke=\"" + colour + "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"";
  }
  if (tooltip.empty()) return out + "/>";
  return out + "><title>" + EscapeHtml(tooltip) + "</title></rect>";
}

std::string Arrow(double x, double y_centre, bool pointing_right,
                  const std::string& colour = kFirmColour) {
  double tip = pointing_right ? x + 9 : x - 9;
  double base = pointing_right ? x + 1 : x - 1;
  return "<polygon points=\"" + Num(base) + "," + Num(y_centre - 7) + " " + Num(tip) + "," +
         Num(y_centre) + " " + Num(base) + "," + Num(y_centre + 7) + "\" fill=\"" + colour +
         "\" aria-hidden=\"true\"/>";
}

std::string Text(double x, double y, const std::string& text, const std::string& attrs = "") {
  return "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\"" + (attrs.empty() ? "" : " " + attrs) +
         ">" + EscapeHtml(text) + "</text>";
}

// The legend, flowing over as many lines as it needs; returns its height.
double Legend(const TimelineTexts& t, const std::map<int, BarPhase>& phases, std::string& out) {
  struct Entry {
    int kind;  // 0 firm, 1 tentative, 2 open start, 3 open end, 4 today
    const std::string* text;
  };
  const Entry entries[] = {{0, &t.legend_firm},
                           {1, &t.legend_tentative},
                           {2, &t.legend_open_start},
                           {3, &t.legend_open_end},
                           {4, &t.today}};
  double x = kLabelX, y = 10, line = 26;
  // With phase colours the marks are explained in a neutral grey.
  Paint marks = phases.empty() ? PaintOf(std::nullopt) : kNeutralPaint;
  out += "<g class=\"tl-legend\">";
  for (const auto& e : entries) {
    if (e.text->empty()) continue;  // a mark the caller does not use
    double w = 44 + static_cast<double>(CodePointCount(*e.text)) * 7.2 + 28;
    if (x + w > kTimelineWidth && x > kLabelX) {
      x = kLabelX;
      y += line;
    }
    double sx = x + 12;
    switch (e.kind) {
      case 0: out += BarShape("tl-swatch", sx, y, 30, false, false, false, "", marks); break;
      case 1: out += BarShape("tl-swatch", sx, y, 30, true, false, false, "", marks); break;
      case 2:
        out += BarShape("tl-swatch", sx, y, 30, false, true, false, "", marks);
        out += Arrow(sx, y + kTimelineBarHeight / 2, false, marks.colour);
        break;
      case 3:
        out += BarShape("tl-swatch", sx - 8, y, 30, false, false, true, "", marks);
        out += Arrow(sx + 22, y + kTimelineBarHeight / 2, true, marks.colour);
        break;
      case 4:
        out += "<line x1=\"" + Num(sx + 15) + "\" x2=\"" + Num(sx + 15) + "\" y1=\"" +
               Num(y - 3) + "\" y2=\"" + Num(y + kTimelineBarHeight + 3) + "\" stroke=\"" +
               kTodayColour + "\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>";
        break;
    }
    out += Text(sx + 40, y + 12.5, *e.text,
                std::string("font-size=\"13\" fill=\"") + kTextColour + "\"");
    x += w;
  }
  // The phase colours on a line of their own, each swatch with its name.
  if (!phases.empty()) {
    x = kLabelX;
    y += line;
    if (!t.legend_phase.empty()) {
      out += Text(x + 12, y + 12.5, t.legend_phase,
                  std::string("font-size=\"13\" font-weight=\"600\" fill=\"") + kTextColour + "\"");
      x += 12 + static_cast<double>(CodePointCount(t.legend_phase)) * 7.6 + 16;
    }
    for (const auto& [position, p] : phases) {
      const std::string& name = p.name;
      double w = 44 + static_cast<double>(CodePointCount(name)) * 7.2 + 28;
      if (x + w > kTimelineWidth && x > kLabelX) {
        x = kLabelX;
        y += line;
      }
      double sx = x + 12;
      out += BarShape("tl-swatch", sx, y, 30, false, false, false, "", PaintOf(p), p);
      out += Text(sx + 40, y + 12.5, name, std::string("font-size=\"13\" fill=\"") + kTextColour + "\"");
      x += w;
    }
  }
  out += "</g>";
  return y + kTimelineBarHeight + 12;
}

}  // namespace

std::string PhaseColour(int position) {
  return kPhaseColours[((position % kPhaseColourCount) + kPhaseColourCount) % kPhaseColourCount];
}

TimelineYears TimelinePeriodSpan(const std::vector<TimelineGroup>& groups, TimelineYears period) {
  if (period.last < period.first) period.last = period.first;
  TimelineYears bars = TimelineYearSpan(groups, period);
  if (period.first <= 0) return bars;  // no period recorded
  return {std::min(bars.first, period.first), std::max(bars.last, period.last)};
}

TimelineYears TimelineYearSpan(const std::vector<TimelineGroup>& groups,
                               TimelineYears fallback) {
  std::optional<int> first, last;
  auto see = [&](const ScheduleDate& d) {
    if (!d.is_set()) return;
    int y = d.date().year;
    first = first ? std::min(*first, y) : y;
    last = last ? std::max(*last, y) : y;
  };
  for (const auto& g : groups) {
    for (const auto& b : g.bars) {
      see(b.start);
      see(b.end);
    }
  }
  // An open end needs a year after its start to show that it goes on;
  // an open start a year before its end.
  for (const auto& g : groups) {
    for (const auto& b : g.bars) {
      if (b.start.is_set() && !b.end.is_set()) last = std::max(*last, b.start.date().year + 1);
      if (b.end.is_set() && !b.start.is_set()) first = std::min(*first, b.end.date().year - 1);
    }
  }
  if (!first) return fallback.last < fallback.first ? TimelineYears{fallback.first, fallback.first}
                                                    : fallback;
  return {*first, *last};
}

std::string RenderTimelineSvg(const std::vector<TimelineGroup>& groups,
                              const TimelineTexts& texts, TimelineYears years,
                              std::optional<Date> today) {
  if (years.last < years.first) years.last = years.first;
  Scale scale(years);

  std::map<int, BarPhase> phases;  // by place on the scale
  for (const auto& g : groups) {
    for (const auto& b : g.bars) {
      if (b.phase) phases.emplace(b.phase->position, *b.phase);
    }
  }
  std::string legend;
  double legend_bottom = Legend(texts, phases, legend);
  double axis_top = legend_bottom + 8;  // year labels
  double chart_top = axis_top + 22;

  // Pass 1: where each row goes.
  std::vector<Layout> rows;
  double y = chart_top + 2;
  std::vector<std::string> previous;
  for (const auto& g : groups) {
    for (size_t d = 0; d < g.heading.size(); ++d) {
      bool same = d < previous.size() &&
                  std::equal(g.heading.begin(), g.heading.begin() + static_cast<long>(d) + 1,
                             previous.begin());
      if (same) continue;
      Layout l;
      l.kind = Layout::kHeading;
      l.y = y;
      l.height = d == 0 ? 32 : 28;
      l.depth = d;
      l.text = g.heading[d];
      rows.push_back(l);
      y += l.height;
    }
    previous = g.heading;
    for (const auto& b : g.bars) {
      Layout l;
      l.kind = Layout::kBar;
      l.y = y;
      l.bar = &b;
      l.label_lines = WrapText(b.label, kLabelChars, 3);
      PlaceBar(b, scale, texts, l);
      double note_lines = static_cast<double>(std::max<size_t>(1, l.note_lines.size()));
      l.height = std::max({52.0, 14.0 + 16.0 * static_cast<double>(l.label_lines.size()) + 8,
                           9 + kTimelineBarHeight + kNoteLine * note_lines + 12});
      rows.push_back(l);
      y += l.height;
    }
  }
  double chart_bottom = y + 2;
  double height = chart_bottom + 30;

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 " +
                    Num(kTimelineWidth) + " " + Num(height) + "\" width=\"" + Num(kTimelineWidth) +
                    "\" height=\"" + Num(height) +
                    "\" role=\"img\" aria-labelledby=\"tl-title tl-desc\" "
                    "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">";
  out += "<title id=\"tl-title\">" + EscapeHtml(texts.title) + "</title>";
  out += "<desc id=\"tl-desc\">" + EscapeHtml(texts.description) + "</desc>";
  std::vector<Paint> paints{PaintOf(std::nullopt)};
  if (!phases.empty()) paints.push_back(kNeutralPaint);
  for (const auto& [position, p] : phases) paints.push_back(PaintOf(p));
  out += Gradients(paints);
  out += "<rect x=\"0\" y=\"0\" width=\"" + Num(kTimelineWidth) + "\" height=\"" + Num(height) +
         "\" fill=\"#ffffff\"/>";
  out += legend;

  // The year axis: alternate bands, lines at each new year, labels above
  // and below. Labels thin out when years get narrow.
  int year_count = years.last - years.first + 1;
  double year_width = (kChartX1 - kChartX0) / year_count;
  int label_every = std::max(1, static_cast<int>(std::ceil(40.0 / year_width)));
  out += "<g class=\"tl-axis\">";
  for (int yr = years.first; yr <= years.last; ++yr) {
    double x = scale.X(Days(Date{yr, 1, 1}));
    double next = yr == years.last ? kChartX1 : scale.X(Days(Date{yr + 1, 1, 1}));
    if ((yr - years.first) % 2 == 1) {
      out += "<rect x=\"" + Num(x) + "\" y=\"" + Num(chart_top) + "\" width=\"" + Num(next - x) +
             "\" height=\"" + Num(chart_bottom - chart_top) + "\" fill=\"#f3f5f8\"/>";
    }
  }
  for (int yr = years.first; yr <= years.last + 1; ++yr) {
    double x = yr > years.last ? kChartX1 : scale.X(Days(Date{yr, 1, 1}));
    out += "<line x1=\"" + Num(x) + "\" x2=\"" + Num(x) + "\" y1=\"" + Num(chart_top - 4) +
           "\" y2=\"" + Num(chart_bottom + 4) + "\" stroke=\"#b8bfc9\" stroke-width=\"1\"/>";
  }
  for (int yr = years.first; yr <= years.last; ++yr) {
    if ((yr - years.first) % label_every != 0) continue;
    double x = scale.X(Days(Date{yr, 1, 1})) + year_width / 2;
    std::string attrs = std::string("font-size=\"13\" font-weight=\"600\" text-anchor=\"middle\" fill=\"") +
                        kTextColour + "\"";
    out += "<text class=\"tl-year\" x=\"" + Num(x) + "\" y=\"" + Num(axis_top + 14) + "\" " +
           attrs + ">" + std::to_string(yr) + "</text>";
    out += "<text x=\"" + Num(x) + "\" y=\"" + Num(chart_bottom + 20) + "\" " + attrs +
           " aria-hidden=\"true\">" + std::to_string(yr) + "</text>";
  }
  out += "</g>";

  // Pass 2: headings and bars.
  out += "<g class=\"tl-rows\">";
  for (const auto& r : rows) {
    if (r.kind == Layout::kHeading) {
      if (r.depth == 0) {
        out += "<rect x=\"0\" y=\"" + Num(r.y + 2) + "\" width=\"" + Num(kTimelineWidth) + "\" height=\"" +
               Num(r.height - 4) + "\" fill=\"#e3eaf3\"/>";
        out += Text(kLabelX, r.y + 21, TruncateText(r.text, kHeadingChars),
                    "class=\"tl-heading\" font-size=\"15\" font-weight=\"700\" fill=\"#10263f\"");
      } else {
        double indent = kLabelX + 12.0 * static_cast<double>(r.depth);
        out += Text(indent, r.y + 19, TruncateText(r.text, kSubheadingChars),
                    std::string("class=\"tl-subheading\" font-size=\"14\" font-weight=\"600\" fill=\"") +
                        kTextColour + "\"");
      }
      continue;
    }
    const TimelineBar& b = *r.bar;
    double bar_y = r.y + 9;

    out += "<g class=\"tl-row\">";
    for (size_t i = 0; i < r.label_lines.size(); ++i) {
      out += Text(kLabelX, r.y + 22 + 16.0 * static_cast<double>(i), r.label_lines[i],
                  std::string("font-size=\"13\" fill=\"") + kTextColour + "\"");
    }
    std::string tooltip = b.label;
    if (!b.dates.empty()) tooltip += " — " + b.dates;
    if (!b.phases.empty()) tooltip += " — " + b.phases;
    out += BarShape("tl-bar", r.xs, bar_y, r.xe - r.xs, b.tentative, r.open_start, r.open_end,
                    tooltip, PaintOf(b.phase), b.phase);
    if (r.open_start) out += Arrow(r.xs, bar_y + kTimelineBarHeight / 2, false, PaintOf(b.phase).colour);
    if (r.open_end) out += Arrow(r.xe, bar_y + kTimelineBarHeight / 2, true, PaintOf(b.phase).colour);
    for (size_t i = 0; i < r.note_lines.size(); ++i) {
      out += Text(r.note_x, bar_y + kTimelineBarHeight + kNoteLine * static_cast<double>(i + 1),
                  r.note_lines[i],
                  std::string("class=\"tl-note\" font-size=\"12\" fill=\"") + kMutedText + "\"");
    }
    out += "<line x1=\"0\" x2=\"" + Num(kTimelineWidth) + "\" y1=\"" + Num(r.y + r.height) + "\" y2=\"" +
           Num(r.y + r.height) + "\" stroke=\"#e2e5ea\" stroke-width=\"1\"/>";
    out += "</g>";
  }
  out += "</g>";

  if (today && scale.Contains(Days(*today))) {
    double x = scale.X(Days(*today));
    // Explained by the legend; a label on the line would cover headings.
    out += "<g class=\"tl-today\"><title>" + EscapeHtml(texts.today) + "</title>";
    out += "<line x1=\"" + Num(x) + "\" x2=\"" + Num(x) + "\" y1=\"" + Num(chart_top - 4) +
           "\" y2=\"" + Num(chart_bottom + 4) + "\" stroke=\"" + kTodayColour +
           "\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/></g>";
  }
  out += "</svg>";
  return out;
}

}  // namespace fremdrift
