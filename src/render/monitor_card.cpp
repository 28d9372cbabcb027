#include "render/dimension_text.h"
#include "render/monitor_card.h"

#include "render/chart_number_text.h"
#include "render/chart_sparkline.h"
#include "render/indicator_fact_text.h"
#include "render/monitor_achievement_text.h"
#include "render/monitor_change.h"
#include "render/monitor_chart.h"
#include "render/monitor_period_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// The latest value of `group` and the one before it, if any.
struct LatestPair {
  const SeriesValue* latest = nullptr;
  const SeriesValue* previous = nullptr;
};

LatestPair Latest(const IndicatorSeries& s, const std::string& group) {
  LatestPair p;
  for (auto it = s.values.rbegin(); it != s.values.rend(); ++it) {
    if (it->group != group) continue;
    if (!p.latest) {
      p.latest = &*it;
    } else {
      p.previous = &*it;
      break;
    }
  }
  return p;
}

mstch::map FigureView(const Indicator& ind, const LatestPair& p, const Catalogue& t) {
  std::string unit = UnitSuffix(ind, t);
  std::string words = QualifierWords(p.latest->qualifier, t);
  mstch::map view{{"value_text", QualifiedValueText(p.latest->value, p.latest->qualifier, ind, t)},
                  {"qualifier_text", words},
                  {"number_text", FormatNumber(p.latest->value, ValueFormat(ind, t))},
                  {"unit_text", unit.empty() ? unit : unit.substr(1)},
                  {"period_text", PeriodText(p.latest->period, t)},
                  {"provisional", p.latest->provisional},
                  {"has_change", p.previous != nullptr}};
  if (p.previous) {
    ChangeText c = DescribeChange(p.previous->value, p.previous->qualifier, p.previous->period,
                                  p.latest->value, p.latest->qualifier, ind, t);
    view["change"] = mstch::map{{"arrow", c.arrow}, {"text", c.text}, {"css", c.css}};
  } else {
    view["change"] = mstch::map{};
  }
  return view;
}

}  // namespace

std::string MonitorIndicatorUrl(const std::string& code) {
  return UrlFor(routes::kMonitorIndicator, code);
}

mstch::map LatestFiguresView(const Indicator& ind, const IndicatorSeries& s, const Catalogue& t) {
  bool has_figures = !s.values.empty();
  bool grouped = !s.by.empty();
  mstch::map view{{"has_figures", has_figures},
                  {"grouped", grouped},
                  {"group_label", DimensionNameText(ind, s.by, t)},
                  {"figures_caption", t.Format("monitor_figures_caption", {{"dimension", DimensionNameText(ind, s.by, t)}})},
                  {"no_figures_text", t.Text("monitor_no_figures")}};
  if (has_figures && !grouped) {
    view["latest"] = FigureView(ind, Latest(s, ""), t);
  } else {
    view["latest"] = mstch::map{};
  }
  mstch::array groups;
  if (grouped) {
    for (const auto& g : s.groups) {
      LatestPair p = Latest(s, g);
      if (!p.latest) continue;
      mstch::map row = FigureView(ind, p, t);
      row["name"] = DimensionValueText(ind, s.by, g, t);
      row["name_lang"] = DimensionTextLanguage(ind, s.by, g, t);
      groups.push_back(row);
    }
  }
  view["groups"] = groups;
  return view;
}

mstch::map AchievementsView(const Indicator& ind, const IndicatorSeries& s, const Catalogue& t) {
  mstch::array list;
  for (const auto& a : s.achievements) list.push_back(AchievementView(a, ind, t));
  std::string none;
  if (list.empty()) {
    if (ind.direction == Direction::kNone) none = t.Text("achievement_not_assessed_direction");
    else if (ind.targets.empty()) none = t.Text("achievement_no_targets");
    else none = t.Text("achievement_no_current_target");
  }
  return mstch::map{{"achievements", list},
                    {"has_achievements", !list.empty()},
                    {"achievement_none_text", none}};
}

mstch::map MonitorCardView(const MonitorEntry& e, const std::vector<const MonitorEntry*>& parts,
                           const MonitorEntry* parent, const Catalogue& t,
                           const std::string& chart_id) {
  const Indicator& ind = e.indicator;
  mstch::map view = LatestFiguresView(ind, e.series, t);
  for (auto& [k, v] : AchievementsView(ind, e.series, t)) view[k] = v;
  bool composite_without_values = ind.kind == IndicatorKind::kComposite && e.series.values.empty();
  // A table of groups with their changes needs the room of two columns.
  bool wide = false;
  if (!e.series.by.empty()) {
    for (const auto& g : e.series.groups) wide = wide || Latest(e.series, g).previous != nullptr;
  }
  view["wide"] = wide;
  view["code"] = ind.code;
  view["name"] = ind.name;
  view["url"] = MonitorIndicatorUrl(ind.code);
  view["description"] = ind.description;
  view["kind_text"] = ind.kind == IndicatorKind::kSimple ? std::string() : KindText(ind.kind, t);
  view["has_kind_text"] = ind.kind != IndicatorKind::kSimple;
  view["data_note"] = ind.data_note;
  view["has_data_note"] = !ind.data_note.empty();
  view["note_with_figures"] = !ind.data_note.empty();
  view["show_no_figures"] = e.series.values.empty() && !composite_without_values;
  view["composite_without_values"] = composite_without_values;

  if (parent) {
    view["part_of"] = mstch::map{{"name", parent->indicator.name},
                                 {"url", MonitorIndicatorUrl(parent->indicator.code)},
                                 {"number", std::to_string(ind.part_number)}};
  } else {
    view["part_of"] = mstch::map{};
  }
  view["has_part_of"] = parent != nullptr;
  mstch::array part_views;
  for (const auto* p : parts) {
    LatestPair latest = Latest(p->series, "");
    std::string value = latest.latest ? QualifiedValueText(latest.latest->value, latest.latest->qualifier,
                                                               p->indicator, t) +
                                                " (" +
                                            PeriodText(latest.latest->period, t) + ")"
                                      : t.Text("monitor_no_figures");
    part_views.push_back(mstch::map{{"name", p->indicator.name},
                                    {"url", MonitorIndicatorUrl(p->indicator.code)},
                                    {"number", std::to_string(p->indicator.part_number)},
                                    {"value_text", value}});
  }
  view["parts"] = part_views;
  view["has_parts"] = !part_views.empty();

  bool bar = DefaultChartKind(ind, e.series) == MonitorChartKind::kStacked;
  bool has_chart = ChartWorthDrawing(e.series, bar ? MonitorChartKind::kStacked : MonitorChartKind::kLine);
  view["has_spark"] = has_chart;
  if (has_chart) {
    std::string summary = ChartSummary(ind, e.series, t);
    ChartInput in = IndicatorChartInput(ind, e.series, t, chart_id, summary);
    view["spark_svg"] = bar ? RenderSparkBarSvg(in, ind.unit == "percent") : RenderSparklineSvg(in);
    view["spark_summary"] = summary;
  }
  return view;
}

mstch::map MonitorCardContext(mstch::map card, const Catalogue& t) {
  card["t"] = t.AsMstch();
  card["data_lang"] = std::string("nb");  // as LayoutView marks the data's language
  return card;
}

}  // namespace fremdrift
