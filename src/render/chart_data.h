// What the server-drawn charts (chart_line.h, chart_bar.h,
// chart_stacked.h, chart_sparkline.h) are given: plain data and the
// translated words, so that each chart is a pure function from data to SVG.
// Texts are given as plain text; the charts escape them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/measurement_qualifier.h"
#include "domain/period.h"
#include "render/chart_number_text.h"

namespace fremdrift {

struct ChartPoint {
  Period period;
  std::string label;  // the period in words, e.g. "april 2022"
  double value = 0;
  bool provisional = false;
  // Words before an approximate value or a bound ("om lag", "under"), ""
  // for an exact one. Such a point is drawn as an open marker with a
  // dashed outline, and its tooltip and label say the words.
  std::string qualifier_words;
  // The qualifier itself, for what is computed from several points (a
  // stacked bar's sum, domain/measurement_qualifier.h CombineQualifiers).
  Qualifier qualifier = Qualifier::kExact;
};

// A point's value as its tooltip and label say it: "om lag 27 %".
std::string PointValueText(const ChartPoint& p, const NumberFormat& format);

// The extra attributes of the marker of an approximate point: a class and
// a dashed outline; "" for an exact one.
std::string ApproximateMarkerAttributes(const ChartPoint& p);

// One line (line chart), the bars (bar chart) or one segment kind (stacked
// bars). `name` is "" for the single national series.
struct ChartSeries {
  std::string name;
  std::vector<ChartPoint> points;  // in period order
};

// A target value by a date, drawn as a marked point (line chart) or a
// dotted line (bar chart). `label` is drawn beside it, e.g. "Mål 60 %".
// `tooltip` says it in full, with the groups it applies to.
struct ChartTarget {
  double value = 0;
  Date by;
  std::string label;
  std::string tooltip;
};

// The baseline ("nullpunktsmåling"), drawn as a dashed horizontal line
// with `label` written on it, e.g. "Nullpunkt 76 % (1. kvartal 2023)".
struct ChartBaseline {
  double value = 0;
  std::string label;
};

struct ChartTexts {
  std::string title;        // <title>
  std::string description;  // <desc>: the text summary the page also shows
  std::string no_data;      // drawn instead of the chart when there are no values
  std::string legend_target;       // "Mål"
  std::string legend_baseline;     // "Nullpunkt"
  std::string legend_provisional;  // "Foreløpig tall (hul markør)"
  std::string legend_approximate;  // "Omtrentlig tall eller grense (åpen markør)"
  std::string total;               // "Sum" (stacked bars of counts)
  // The words before a sum whose parts are approximate or bounds, by the
  // sum's qualifier ("om lag", "under", "over"); "" or missing: none.
  std::string total_about, total_under, total_over;
};

struct ChartInput {
  // Unique within the page: the SVG's ids (title, desc, patterns) start
  // with it. Letters, digits, '-' and '_' only.
  std::string id;
  std::vector<ChartSeries> series;
  std::vector<ChartTarget> targets;
  std::optional<ChartBaseline> baseline;
  NumberFormat format;     // for ticks and value labels
  std::string axis_title;  // the value axis, e.g. "Prosent" or "Antall innbyggere"
  ChartTexts texts;
};

// Whether `input` has at least one value to draw.
bool HasChartValues(const ChartInput& input);

}  // namespace fremdrift
