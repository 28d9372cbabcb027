#include "render/dimension_text.h"
#include "render/monitor_indicator_view.h"

#include <algorithm>

#include "render/date_text.h"
#include "render/indicator_fact_text.h"
#include "render/item_view.h"
#include "render/monitor_achievement_text.h"
#include "render/monitor_card.h"
#include "render/monitor_period_text.h"
#include "render/monitor_time_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

constexpr PeriodType kRollUps[] = {PeriodType::kYear, PeriodType::kTertial, PeriodType::kQuarter,
                                   PeriodType::kMonth, PeriodType::kWeek};

mstch::map Option(const std::string& value, const std::string& text, bool selected) {
  return mstch::map{{"value", value}, {"text", text}, {"selected", selected}};
}

std::vector<std::pair<std::string, std::string>> QueryParams(const SeriesQuery& q) {
  return {{"by", q.by},
          {"period_type", q.period_type ? std::string(PeriodTypeKey(*q.period_type)) : ""},
          {"from", q.from ? q.from->ToString() : ""},
          {"to", q.to ? q.to->ToString() : ""}};
}

mstch::array TableRows(const MonitorIndicatorData& d, const Catalogue& t) {
  mstch::array rows;
  for (const auto& v : d.series.values) {
    std::string note;
    auto it = d.notes.find({v.period, v.group});
    if (it != d.notes.end()) note = it->second;
    if (v.combined) {
      if (!note.empty()) note += ' ';
      note += t.Format("note_combined", {{"n", std::to_string(v.n)}});
    }
    rows.push_back(mstch::map{{"period", v.period},
                              {"period_text", PeriodText(v.period, t)},
                              {"group_text", DimensionValueText(d.indicator, d.series.by, v.group, t)},
                              {"group_lang", DimensionTextLanguage(d.indicator, d.series.by, v.group, t)},
                              {"value_text", QualifiedValueText(v.value, v.qualifier, d.indicator, t)},
                              {"provisional", v.provisional},
                              {"status_text", t.Text(v.provisional ? "value_provisional" : "value_final")},
                              {"note", note},
                              {"has_note", !note.empty()}});
  }
  return rows;
}

mstch::map TargetsView(const Indicator& ind, const Catalogue& t) {
  mstch::array rows;
  std::vector<Target> targets = ind.targets;
  std::stable_sort(targets.begin(), targets.end(), [](const Target& a, const Target& b) {
    return std::tie(a.by, a.dimensions) < std::tie(b.by, b.dimensions);
  });
  for (const auto& target : targets) {
    std::string group = TargetGroupText(ind, target.dimensions, t);
    rows.push_back(mstch::map{{"value_text", ValueText(target.value, ind, t)},
                              {"by_text", DateText(target.by, t.lang())},
                              {"by_iso", target.by.ToIso()},
                              {"group_text", group.empty() ? t.Text("target_group_all") : group},
                              {"label", target.label}});
  }
  mstch::map view{{"targets", rows}, {"has_targets", !rows.empty()}, {"has_baseline", ind.baseline.has_value()}};
  if (ind.baseline) {
    view["baseline"] = mstch::map{{"value_text", ValueText(ind.baseline->value, ind, t)},
                                  {"period_text", PeriodText(ind.baseline->period, t)},
                                  {"note", ind.baseline->note},
                                  {"has_note", !ind.baseline->note.empty()}};
  } else {
    view["baseline"] = mstch::map{};
  }
  return view;
}

mstch::map FormView(const MonitorIndicatorData& d, const Catalogue& t) {
  mstch::array by_options;
  if (d.offer_national) by_options.push_back(Option("", t.Text("monitor_by_none"), d.query.by.empty()));
  for (const auto& dim : d.series.dimensions) {
    by_options.push_back(Option(dim, DimensionNameText(d.indicator, dim, t), d.query.by == dim));
  }
  std::string chosen_type = d.query.period_type ? std::string(PeriodTypeKey(*d.query.period_type)) : "";
  mstch::array type_options{Option("", t.Text("monitor_period_native"), chosen_type.empty())};
  for (PeriodType p : d.period_types) {
    std::string key(PeriodTypeKey(p));
    type_options.push_back(Option(key, t.Text("period_type_" + key), key == chosen_type));
  }
  mstch::array kind_options;
  for (MonitorChartKind k : d.chart_kinds) {
    std::string key(ChartKindKey(k));
    kind_options.push_back(Option(key, t.Text("chart_kind_" + key), k == d.chart_kind));
  }
  return mstch::map{{"action", MonitorIndicatorUrl(d.indicator.code)},
                    {"by_options", by_options},
                    {"has_by", !d.series.dimensions.empty()},
                    {"period_type_options", type_options},
                    {"kind_options", kind_options},
                    {"from", d.query.from ? d.query.from->ToString() : ""},
                    {"to", d.query.to ? d.query.to->ToString() : ""}};
}

mstch::map IndicatorLink(const Indicator& ind) {
  return mstch::map{{"name", ind.name},
                    {"url", MonitorIndicatorUrl(ind.code)},
                    {"number", std::to_string(ind.part_number)}};
}

}  // namespace

std::vector<PeriodType> RollUpChoices(const IndicatorSeries& native) {
  std::vector<PeriodType> out;
  if (native.values.empty()) return out;
  for (PeriodType to : kRollUps) {
    bool all = true, any_finer = false;
    for (const auto& v : native.values) {
      auto p = Period::Parse(v.period);
      if (!p) continue;
      if (p->type() == to) continue;
      if (!p->RollUp(to)) {
        all = false;
        break;
      }
      any_finer = true;
    }
    if (all && any_finer) out.push_back(to);
  }
  return out;
}

std::string SeriesDownloadUrl(const std::string& code, const routes::RouteSpec& download,
                              const SeriesQuery& query, const std::string& lang) {
  // Always named, so that a browser's Accept-Language never overrides the
  // page's language.
  auto params = QueryParams(query);
  params.emplace_back("lang", lang);
  return UrlWithQuery(UrlFor(download, code), params);
}

mstch::map MonitorIndicatorView(const MonitorIndicatorData& d, const Catalogue& t) {
  const Indicator& ind = d.indicator;
  mstch::map view = LatestFiguresView(ind, d.overview, t);
  for (auto& [k, v] : AchievementsView(ind, d.overview, t)) view[k] = v;

  mstch::array crumbs{
      mstch::map{{"text", t.Text("nav_home")}, {"url", UrlFor(routes::kHome)}, {"current", false}},
      mstch::map{{"text", t.Text("monitor_title")}, {"url", UrlFor(routes::kMonitor)}, {"current", false}},
      mstch::map{{"text", ind.name}, {"url", MonitorIndicatorUrl(ind.code)}, {"current", true}}};
  view["breadcrumbs"] = crumbs;
  view["code"] = ind.code;
  view["name"] = ind.name;
  view["description"] = ind.description;
  view["has_description"] = !ind.description.empty();
  view["data_note"] = ind.data_note;
  view["has_data_note"] = !ind.data_note.empty();
  view["note_with_figures"] = false;  // the page has its own section for it
  view["figures_pending"] = ind.figures_pending;
  bool composite_without_values = ind.kind == IndicatorKind::kComposite && d.overview.values.empty();
  view["show_no_figures"] = d.overview.values.empty() && !composite_without_values;
  view["composite_without_values"] = composite_without_values;

  // Facts.
  view["unit_text"] = UnitName(ind, t);
  view["direction_text"] = DirectionText(ind.direction, t);
  view["kind_text"] = KindText(ind.kind, t);
  auto native_type = PeriodTypeFromKey(ind.period_type);
  view["period_type_text"] =
      native_type ? t.Text("period_type_" + ind.period_type) : ind.period_type;
  view["source"] = ind.source;
  view["has_source"] = !ind.source.empty();
  view["source_ref"] = ind.source_ref;
  view["has_source_ref"] = !ind.source_ref.empty();
  view["updated_text"] = UpdatedText(ind.data_updated_at, t);
  view["updated_known"] = !ind.data_updated_at.empty();
  mstch::array serves;
  for (const auto& s : d.serves) {
    serves.push_back(mstch::map{{"strategy", s.strategy.name},
                                {"heading", ItemHeading(s.item, s.strategy)},
                                {"url", UrlFor(routes::kItem, s.strategy.key, s.item.key)}});
  }
  view["serves"] = serves;
  view["has_serves"] = !serves.empty();

  // Parts, parent and the parts of a ratio.
  mstch::array parts;
  for (const auto& p : d.parts) parts.push_back(IndicatorLink(p));
  view["parts"] = parts;
  view["has_parts"] = !parts.empty();
  view["has_parent"] = d.parent.has_value();
  view["parent"] = d.parent ? IndicatorLink(*d.parent) : mstch::map{};
  view["part_of_text"] = d.parent ? t.Format("monitor_part_of", {{"number", std::to_string(ind.part_number)}})
                                  : std::string();
  mstch::array ratio;
  for (const auto& p : d.ratio_parts) ratio.push_back(IndicatorLink(p));
  view["ratio_parts"] = ratio;
  view["has_ratio_parts"] = !ratio.empty();
  view["ratio_text"] = ind.kind == IndicatorKind::kRatio
                           ? t.Format("monitor_ratio_text", {{"factor", FormatNumber(ind.factor, {t.lang(), "", 6})}})
                           : std::string();

  // The chart, its form and the table.
  std::string summary = ChartSummary(ind, d.series, t);
  ChartInput input = IndicatorChartInput(ind, d.series, t, "chart-" + ind.code, summary);
  const bool has_chart = ChartWorthDrawing(d.series, d.chart_kind);
  view["has_chart"] = has_chart;
  view["chart_svg"] = has_chart ? RenderIndicatorChart(d.chart_kind, input, ind.unit == "percent")
                                : std::string();
  view["chart_summary"] = summary;
  view["form"] = FormView(d, t);
  bool grouped = !d.series.by.empty();
  view["table_grouped"] = grouped;
  view["table_group_label"] = DimensionNameText(ind, d.series.by, t);
  view["table_group_lang"] = DimensionTextLanguage(ind, d.series.by, "", t);
  view["table_caption"] = t.Format("monitor_table_caption", {{"name", ind.name}});
  view["rows"] = TableRows(d, t);
  view["has_rows"] = !d.series.values.empty();
  for (auto& [k, v] : TargetsView(ind, t)) view[k] = v;

  mstch::array downloads;
  struct Download {
    const routes::RouteSpec& route;
    const char* format;
    const char* key;
  };
  for (const Download& f : {Download{routes::kApiIndicatorSeriesCsv, "csv", "download_csv"},
                            Download{routes::kApiIndicatorSeriesXlsx, "xlsx", "download_xlsx"},
                            Download{routes::kApiIndicatorSeriesJson, "json", "download_json"},
                            Download{routes::kApiIndicatorSeriesSdmxCsv, "sdmx.csv", "download_sdmx"}}) {
    downloads.push_back(mstch::map{{"url", SeriesDownloadUrl(ind.code, f.route, d.query, t.lang())},
                                   {"text", t.Text(f.key)},
                                   {"format", std::string(f.format)}});
  }
  view["downloads"] = downloads;
  NumberFormat share{t.lang(), PercentSuffix(t.lang()), 1};
  view["rule_text"] = t.Format("monitor_rule_text", {{"tolerance", FormatNumber(d.rule.tolerance * 100, share)},
                                                     {"twice", FormatNumber(d.rule.tolerance * 200, share)}});
  view["api_url"] = UrlWithQuery(UrlFor(routes::kApiIndicatorSeries, ind.code),
                                 QueryParams(d.query));
  return view;
}

}  // namespace fremdrift
