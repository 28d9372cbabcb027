#include "render/dimension_text.h"
#include "render/monitor_chart.h"

#include <algorithm>
#include <map>

#include "render/chart_bar.h"
#include "render/chart_line.h"
#include "render/chart_stacked.h"
#include "render/date_text.h"
#include "render/monitor_achievement_text.h"
#include "render/monitor_period_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"

namespace fremdrift {
namespace {

// The targets that apply to group `group` of a series by `by` ("" both: the
// indicator as a whole).
bool TargetApplies(const Target& target, const std::string& by, const std::string& group) {
  if (by.empty()) return target.dimensions.empty();
  return target.dimensions.size() == 1 && target.dimensions.begin()->first == by &&
         target.dimensions.begin()->second == group;
}

bool Grouped(const IndicatorSeries& s) {
  return !s.by.empty();
}

}  // namespace

std::string_view ChartKindKey(MonitorChartKind kind) {
  switch (kind) {
    case MonitorChartKind::kLine: return "linje";
    case MonitorChartKind::kBar: return "stolper";
    case MonitorChartKind::kStacked: return "stablet";
  }
  return "linje";
}

std::optional<MonitorChartKind> ChartKindFromKey(std::string_view key) {
  for (auto k : {MonitorChartKind::kLine, MonitorChartKind::kBar, MonitorChartKind::kStacked}) {
    if (ChartKindKey(k) == key) return k;
  }
  return std::nullopt;
}

bool ChartWorthDrawing(const IndicatorSeries& series, MonitorChartKind kind) {
  for (const auto& v : series.values) {
    if (v.period != series.values.front().period) return true;
  }
  return kind != MonitorChartKind::kLine && series.values.size() >= 2;
}

MonitorChartKind DefaultChartKind(const Indicator& ind, const IndicatorSeries& s) {
  if (Grouped(s) && (ind.kind == IndicatorKind::kDistribution || IsAdditiveUnit(ind.unit))) {
    return MonitorChartKind::kStacked;
  }
  return MonitorChartKind::kLine;
}

std::vector<MonitorChartKind> ChartKindsFor(const Indicator& ind, const IndicatorSeries& s) {
  std::vector<MonitorChartKind> kinds{DefaultChartKind(ind, s)};
  auto add = [&](MonitorChartKind k) {
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  };
  add(MonitorChartKind::kLine);
  add(Grouped(s) ? MonitorChartKind::kStacked : MonitorChartKind::kBar);
  return kinds;
}

ChartInput IndicatorChartInput(const Indicator& ind, const IndicatorSeries& s, const Catalogue& t,
                               const std::string& id, const std::string& summary) {
  ChartInput in;
  in.id = id;
  in.format = ValueFormat(ind, t);
  in.axis_title = UnitName(ind, t);
  in.texts.title = ind.name;
  in.texts.description = summary;
  in.texts.no_data = t.Text("chart_no_data");
  in.texts.legend_target = t.Text("chart_legend_target");
  in.texts.legend_baseline = t.Text("chart_legend_baseline");
  in.texts.legend_provisional = t.Text("chart_legend_provisional");
  in.texts.legend_approximate = t.Text("chart_legend_approximate");
  if (IsAdditiveUnit(ind.unit)) in.texts.total = t.Text("chart_total");
  in.texts.total_about = QualifierWords(Qualifier::kAbout, t);
  in.texts.total_under = QualifierWords(Qualifier::kUnder, t);
  in.texts.total_over = QualifierWords(Qualifier::kOver, t);

  std::map<std::string, size_t> index;
  for (const auto& g : s.groups) {
    index[g] = in.series.size();
    in.series.push_back(ChartSeries{DimensionValueText(ind, s.by, g, t), {}});
  }
  for (const auto& v : s.values) {
    auto p = Period::Parse(v.period);
    auto it = index.find(v.group);
    if (!p || it == index.end()) continue;
    in.series[it->second].points.push_back(
        ChartPoint{*p, PeriodText(v.period, t), v.value, v.provisional,
                   QualifierWords(v.qualifier, t), v.qualifier});
  }
  for (const auto& target : ind.targets) {
    for (const auto& g : s.groups) {
      if (!TargetApplies(target, s.by, g)) continue;
      ChartTarget ct;
      ct.value = target.value;
      ct.by = target.by;
      ct.label = t.Format("chart_target_label", {{"value", FormatNumber(target.value, in.format)}});
      ct.tooltip = TargetText(target, ind, t);
      if (!g.empty()) ct.tooltip += " (" + DimensionValueText(ind, s.by, g, t) + ")";
      in.targets.push_back(ct);
    }
  }
  if (ind.baseline && !Grouped(s)) {
    in.baseline = ChartBaseline{
        ind.baseline->value,
        t.Format("chart_baseline_label", {{"value", FormatNumber(ind.baseline->value, in.format)},
                                          {"period", PeriodText(ind.baseline->period, t)}})};
  }
  return in;
}

std::string ChartSummary(const Indicator& ind, const IndicatorSeries& s, const Catalogue& t) {
  if (s.values.empty()) return t.Text("chart_summary_empty");
  std::string first = s.values.front().period, last = s.values.back().period;
  // One period (a distribution's shares): "... for 1. kvartal 2023", not
  // "from 1. kvartal 2023 to 1. kvartal 2023".
  std::string text = first == last
                         ? t.Format("chart_summary_one_period", {{"count", std::to_string(s.values.size())},
                                                                 {"period", PeriodText(first, t)}})
                         : t.Format("chart_summary_range", {{"count", std::to_string(s.values.size())},
                                                            {"first", PeriodText(first, t)},
                                                            {"last", PeriodText(last, t)}});
  std::string latest;
  for (const auto& g : s.groups) {
    for (auto it = s.values.rbegin(); it != s.values.rend(); ++it) {
      if (it->group != g) continue;
      latest += latest.empty() ? "" : "; ";
      if (!g.empty()) latest += DimensionValueText(ind, s.by, g, t) + " ";
      latest += QualifiedValueText(it->value, it->qualifier, ind, t) + " (" +
                PeriodText(it->period, t) + ")";
      break;
    }
  }
  text += ' ';
  text += t.Format("chart_summary_latest", {{"values", latest}});
  std::string targets;
  for (const auto& target : ind.targets) {
    bool shown = std::any_of(s.groups.begin(), s.groups.end(),
                             [&](const std::string& g) { return TargetApplies(target, s.by, g); });
    if (!shown) continue;
    targets += targets.empty() ? "" : "; ";
    targets += TargetText(target, ind, t);
    std::string group = TargetGroupText(ind, target.dimensions, t);
    if (!group.empty()) targets += " (" + group + ")";
  }
  if (!targets.empty()) {
    text += ' ';
    text += t.Format("chart_summary_targets", {{"targets", targets}});
  }
  if (ind.baseline && !Grouped(s)) {
    text += ' ';
    text += t.Format("chart_summary_baseline",
                           {{"value", ValueText(ind.baseline->value, ind, t)},
                            {"period", PeriodText(ind.baseline->period, t)}});
  }
  return text;
}

std::string RenderIndicatorChart(MonitorChartKind kind, const ChartInput& input, bool percent) {
  switch (kind) {
    case MonitorChartKind::kBar: return RenderBarChartSvg(input);
    case MonitorChartKind::kStacked: return RenderStackedBarChartSvg(input, percent);
    case MonitorChartKind::kLine: break;
  }
  return RenderLineChartSvg(input);
}

}  // namespace fremdrift
