#include "web/page_monitor.h"

#include <algorithm>

#include "app/case_links.h"
#include "app/indicator_series.h"
#include "app/series_notes.h"
#include "app/strategy_items.h"
#include "app/visibility.h"
#include "domain/chart_dimension.h"
#include "domain/failure.h"
#include "render/governance_view.h"
#include "domain/indicator_rules.h"
#include "render/monitor_chart.h"
#include "render/monitor_goals.h"
#include "render/monitor_indicator_view.h"
#include "render/monitor_view.h"
#include "render/url_for.h"
#include "storage/indicator_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "web/page_frame.h"
#include "web/server.h"

namespace fremdrift {
namespace {

// The series the overview shows: the national one, or when that has no
// values, the one by the indicator's main dimension.
IndicatorSeries OverviewSeries(SqlConnection& db, const Indicator& ind, const AchievementRule& rule,
                               IndicatorSeries national) {
  if (!national.values.empty()) return national;
  SeriesQuery q;
  q.by = ChartDimension(ind, national.dimensions);
  if (q.by.empty()) return national;
  return ReadSeries(db, ind, q, rule);
}

IndicatorSeries OverviewSeries(SqlConnection& db, const Indicator& ind, const AchievementRule& rule) {
  return OverviewSeries(db, ind, rule, ReadSeries(db, ind, {}, rule));
}

// from, to and period_type as the series API reads them; `by` is left to
// the caller, which knows the default.
SeriesQuery PeriodQuery(const RequestContext& ctx) {
  SeriesQuery q;
  for (const char* name : {"from", "to"}) {
    auto v = ctx.Query(name);
    if (!v || v->empty()) continue;
    auto p = Period::Parse(*v);
    if (!p) throw Failure(FailureCode::kInvalid, std::string(name) + " must be a period such as 2022 or 2022-Q1", name);
    (std::string(name) == "from" ? q.from : q.to) = p;
  }
  if (auto v = ctx.Query("period_type"); v && !v->empty()) {
    q.period_type = PeriodTypeFromKey(*v);
    if (!q.period_type) {
      throw Failure(FailureCode::kInvalid, "period_type must be year, tertial, quarter, month, week or date",
                    "period_type");
    }
  }
  return q;
}

// The monitor is the public's view for everyone, signed in or not.
Visibility MonitorVisibility(SqlConnection& db) { return Visibility(db, Viewer::Public()); }

// The plan items `ind` (as the public sees it) serves.
std::vector<ServedPlanItem> ServedItems(SqlConnection& db, const Indicator& ind) {
  std::vector<ServedPlanItem> out;
  Visibility visibility = MonitorVisibility(db);
  PlanItemStore items(db);
  for (const auto& served : ind.serves) {
    Strategy s = visibility.FindStrategy(served.strategy);
    if (auto item = items.FindByKey(s.id, served.item)) out.push_back({s, *item});
  }
  return out;
}

}  // namespace

std::vector<MonitorEntry> PublicMonitorEntries(RequestContext& ctx) {
  std::vector<MonitorEntry> out;
  Visibility visibility = MonitorVisibility(ctx.db());
  std::vector<Indicator> indicators;
  for (auto& stored : visibility.Indicators()) indicators.push_back(visibility.Seen(std::move(stored)));
  // The national series of all in a few queries (a national monitor has a
  // thousand indicators); by a dimension only where there is none.
  auto national = ReadNationalSeries(ctx.db(), indicators, ctx.config().achievement);
  for (size_t i = 0; i < indicators.size(); ++i) {
    IndicatorSeries series = OverviewSeries(ctx.db(), indicators[i], ctx.config().achievement, std::move(national[i]));
    out.push_back(MonitorEntry{std::move(indicators[i]), std::move(series)});
  }
  return out;
}

Response MonitorPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  MonitorPageData data;
  Visibility visibility = MonitorVisibility(ctx.db());
  data.strategy = NewestPublishedStrategy(visibility.Strategies());
  if (data.strategy) data.items = VisibleItemsOf(ctx.db(), visibility.viewer(), *data.strategy);
  data.entries = PublicMonitorEntries(ctx);
  mstch::map view = MonitorView(data, t);
  view["nav_monitor"] = true;
  return RenderPage(ctx, "monitor", t.Text("monitor_title"), view);
}

Response MonitorIndicatorPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  Visibility visibility = MonitorVisibility(db);
  Indicator ind = visibility.Seen(visibility.FindIndicator(ctx.Param("code")));
  const AchievementRule& rule = ctx.config().achievement;
  IndicatorSeries overview = OverviewSeries(db, ind, rule);

  SeriesQuery query = PeriodQuery(ctx);
  if (auto by = ctx.Query("by")) {
    query.by = *by;
  } else if (!overview.by.empty()) {
    query.by = overview.by;
  } else if (ind.kind == IndicatorKind::kDistribution) {
    query.by = ChartDimension(ind, overview.dimensions);
  }
  SeriesQuery native_query = query;
  native_query.period_type.reset();
  IndicatorSeries native = ReadSeries(db, ind, native_query, rule);
  IndicatorSeries series = query.period_type ? ReadSeries(db, ind, query, rule) : native;
  SeriesNotes notes = ReadSeriesNotes(db, ind, series, query);

  std::vector<MonitorChartKind> kinds = ChartKindsFor(ind, series);
  MonitorChartKind kind = kinds.front();
  if (auto d = ctx.Query("diagram"); d && !d->empty()) {
    auto chosen = ChartKindFromKey(*d);
    if (!chosen || std::find(kinds.begin(), kinds.end(), *chosen) == kinds.end()) {
      throw Failure(FailureCode::kInvalid, "diagram must be one of the kinds offered for this series",
                    "diagram");
    }
    kind = *chosen;
  }

  IndicatorStore store(db);
  std::vector<Indicator> parts;
  if (ind.kind == IndicatorKind::kComposite) {
    for (auto& p : visibility.Indicators()) {
      if (p.parent == ind.code) parts.push_back(std::move(p));
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Indicator& a, const Indicator& b) { return a.part_number < b.part_number; });
  }
  std::optional<Indicator> parent;
  if (!ind.parent.empty()) {
    if (visibility.IndicatorSeen(ind.parent)) parent = store.FindByCode(ind.parent);
  }
  std::vector<Indicator> ratio_parts;
  if (ind.kind == IndicatorKind::kRatio) {
    for (const auto& code : {ind.numerator, ind.denominator}) {
      if (visibility.IndicatorSeen(code)) ratio_parts.push_back(*store.FindByCode(code));
    }
  }

  MonitorIndicatorData data{.indicator = ind,
                            .series = series,
                            .notes = notes,
                            .overview = overview,
                            .query = query,
                            .chart_kind = kind,
                            .chart_kinds = kinds,
                            .period_types = RollUpChoices(native),
                            .offer_national = overview.by.empty(),
                            .parts = std::move(parts),
                            .parent = std::move(parent),
                            .ratio_parts = std::move(ratio_parts),
                            .serves = ServedItems(db, ind),
                            .rule = rule};

  mstch::map view = MonitorIndicatorView(data, t);
  view["nav_monitor"] = true;
  AddCaseMentions(view, CasesConcerning(ctx.db(), {"indicator"}, ind.code), PageCatalogue(ctx));
  if (const auto& user = ctx.user(); user && MayEditIndicators(*user)) {
    view["edit_links"] = mstch::map{{"edit_url", UrlFor(routes::kIndicatorEdit, ind.code)},
                                    {"measurements_url", UrlFor(routes::kIndicatorMeasurements, ind.code)}};
  }
  return RenderPage(ctx, "monitor_indicator", ind.name, view);
}

}  // namespace fremdrift
