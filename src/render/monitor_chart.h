// An indicator's series as a chart on the monitor: which kind of chart
// suits it, the chart's data and words (ChartInput), and its text summary
// (the chart's <desc> and the figure's caption).
//
// The default kind: stacked bars for a distribution, and for a series by a
// dimension whose unit adds up (counts, money), since the parts make a
// whole; otherwise a line chart. Bars (one per period) are offered for a
// series without groups.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/series.h"
#include "domain/indicator.h"
#include "render/chart_data.h"
#include "render/i18n.h"

namespace fremdrift {

enum class MonitorChartKind { kLine, kBar, kStacked };

// True when a chart of `kind` has two or more points to show: figures for
// two or more periods, or (bars, stacked bars) several groups in one
// period. A chart of a single point says nothing a number does not, so
// pages draw one only then.
bool ChartWorthDrawing(const IndicatorSeries& series, MonitorChartKind kind);

// "linje", "stolper", "stablet": the values of the page's ?diagram=.
std::string_view ChartKindKey(MonitorChartKind kind);
std::optional<MonitorChartKind> ChartKindFromKey(std::string_view key);


MonitorChartKind DefaultChartKind(const Indicator& indicator, const IndicatorSeries& series);

// The kinds the reader may choose for this series (the default first).
std::vector<MonitorChartKind> ChartKindsFor(const Indicator& indicator, const IndicatorSeries& series);

// The chart data: one series per group of `series` (named by DimensionText,
// "" for the national series), the targets that apply to those groups, the
// baseline for the national series, and the words. `id` must be unique in
// the page. `summary` becomes the chart's <desc>.
ChartInput IndicatorChartInput(const Indicator& indicator, const IndicatorSeries& series,
                               const Catalogue& t, const std::string& id,
                               const std::string& summary);

// A text summary: how many values from when to when, the latest value of
// each group, the targets and the baseline.
std::string ChartSummary(const Indicator& indicator, const IndicatorSeries& series,
                         const Catalogue& t);

// The SVG of `kind` for `input` (percent decides the stacked scale).
std::string RenderIndicatorChart(MonitorChartKind kind, const ChartInput& input, bool percent);

}  // namespace fremdrift
