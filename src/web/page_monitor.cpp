#include "web/page_monitor.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "app/case_links.h"
#include "app/indicator_series.h"
#include "app/public_indicators.h"
#include "app/series_notes.h"
#include "app/strategy_items.h"
#include "app/visibility.h"
#include "domain/chart_dimension.h"
#include "domain/failure.h"
#include "render/governance_view.h"
#include "domain/indicator_choice.h"
#include "domain/indicator_rules.h"
#include "render/monitor_chart.h"
#include "render/monitor_goals.h"
#include "render/monitor_indicator_view.h"
#include "render/monitor_listing.h"
#include "render/monitor_view.h"
#include "render/url_for.h"
#include "web/monitor_card_html.h"
#include "web/page_frame.h"
#include "web/server.h"

namespace fremdrift {
namespace {

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
std::vector<ServedPlanItem> ServedItems(SqlConnection& db, Visibility& visibility, const Indicator& ind) {
  std::vector<ServedPlanItem> out;
  for (const auto& served : ind.serves) {
    Strategy s = visibility.FindStrategy(served.strategy);
    if (auto item = VisibleItemByKey(db, visibility.viewer(), s, served.item)) out.push_back({s, *item});
  }
  return out;
}

// The reader's choice on the overview: "q", "mal" and "side" (checked
// against the goals once they are known, CheckMonitorGoal).
MonitorChoice MonitorChoiceOf(const RequestContext& ctx) {
  MonitorChoice c{ctx.Query("q").value_or(""), ctx.Query("mal").value_or(""), 1};
  CheckIndicatorChoice({c.words, ""});
  if (auto v = ctx.Query("side"); v && !v->empty()) {
    size_t used = 0;
    unsigned long page = 0;
    try {
      page = std::stoul(*v, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != v->size() || page < 1 || !std::isdigit(static_cast<unsigned char>(v->front()))) {
      throw Failure(FailureCode::kInvalid, "side must be a page number from 1", "side");
    }
    c.page = page;
  }
  return c;
}

// Throws Failure(kInvalid) naming "mal" unless `goal` is "", a goal of the
// grouping or kMonitorOthersKey.
void CheckMonitorGoal(const std::string& goal, const MonitorGrouping& grouping) {
  if (goal.empty() || goal == kMonitorOthersKey) return;
  for (const auto& g : grouping.goals) {
    if (g.goal->key == goal) return;
  }
  throw Failure(FailureCode::kInvalid, "mal must be the key of one of the strategy's goals or andre", "mal");
}

}  // namespace

std::vector<MonitorEntry> MonitorHeadlineCandidates(RequestContext& ctx, size_t wanted) {
  // A few at a time, in the monitor's order, until `wanted` have a change
  // (a national monitor has a thousand indicators; the first few serve).
  // Each batch is four times the one before: a batch costs about as many
  // statements (two) whatever its size, and where the first indicators
  // have no change yet (a young monitor, the demo's) the next ones are read
  // in one go. The first is 32: on PostgreSQL two statements cost more
  // than copying 24 more kept indicators (the demo's 70 took three
  // batches from 8, two from 32).
  size_t batch_size = 32;
  std::vector<MonitorEntry> with_change, without;
  std::string after;
  Visibility visibility = MonitorVisibility(ctx.db());
  while (with_change.size() < wanted) {
    std::vector<Indicator> batch = PublicIndicatorsAfter(ctx.db(), visibility, after, batch_size);
    batch_size = std::min<size_t>(batch_size * 4, 512);
    if (batch.empty()) break;
    after = batch.back().code;
    auto national = ReadNationalSeries(ctx.db(), batch, ctx.config().achievement);
    for (size_t i = 0; i < batch.size(); ++i) {
      if (national[i].values.empty()) continue;
      auto& list = national[i].values.size() >= 2 ? with_change : without;
      list.push_back(MonitorEntry{std::move(batch[i]), std::move(national[i])});
    }
  }
  for (auto& e : without) with_change.push_back(std::move(e));
  return with_change;
}

Response MonitorPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  // Made first: it reads the basis stamp before the page reads its rows.
  const MonitorCardHtml card_html = KeptMonitorCardHtml(ctx, t);
  MonitorPageData data;
  data.choice = MonitorChoiceOf(ctx);
  Visibility visibility = MonitorVisibility(db);
  data.strategy = NewestPublishedStrategy(visibility.Strategies());
  std::vector<PlanItem> items;
  if (data.strategy) items = VisibleOutlineOf(db, visibility.viewer(), *data.strategy);
  // Every published indicator, to group and search; kept in memory across
  // requests (storage/kept_rows.h), so that this costs no statement of its
  // own while they are unchanged. Series only for what the page shows.
  std::vector<Indicator> indicators = EveryPublicIndicator(db, visibility);
  data.total = indicators.size();

  MonitorGrouping grouping;
  if (data.strategy) {
    grouping = GroupByGoal(indicators, *data.strategy, items);
  } else {
    for (const auto& i : indicators) grouping.others.push_back(&i);
  }
  for (const auto& g : grouping.goals) data.goals.push_back(g.goal);
  data.has_others = !grouping.others.empty();
  CheckMonitorGoal(data.choice.goal, grouping);
  data.listing = ListMonitor(grouping, data.choice);
  if (data.listing.page > data.listing.pages) {
    throw Failure(FailureCode::kInvalid, "side must be a page from 1 to " + std::to_string(data.listing.pages),
                  "side");
  }

  // Only what the page shows is read: its rows and their parts with their
  // series, and the parents of parts shown for their names.
  std::set<std::string> shown, parents;
  for (const auto& s : data.listing.sections) {
    auto [begin, end] = data.listing.RowsOnPage(s);
    for (size_t k = begin; k < end; ++k) {
      shown.insert(s.rows[k]->code);
      if (!s.rows[k]->parent.empty()) parents.insert(s.rows[k]->parent);
    }
  }
  std::vector<std::string> codes;
  for (const auto& i : indicators) {
    if (shown.count(i.code) || (!i.parent.empty() && shown.count(i.parent))) {
      codes.push_back(i.code);
      parents.erase(i.code);
    }
  }
  const std::set<std::string> series_of(codes.begin(), codes.end());
  std::vector<Indicator> read;
  for (const auto& i : indicators) {
    if (series_of.count(i.code)) {
      read.push_back(i);
    } else if (parents.count(i.code)) {
      data.entries.push_back(MonitorEntry{i, {}});  // a parent, for its name
    }
  }
  auto overview = ReadOverviewSeries(db, read, ctx.config().achievement);
  for (size_t i = 0; i < read.size(); ++i) {
    data.entries.push_back(MonitorEntry{std::move(read[i]), std::move(overview[i])});
  }
  mstch::map view = MonitorView(data, t, card_html);
  view["nav_monitor"] = true;
  return RenderPage(ctx, "monitor", t.Text("monitor_title"), view);
}

Response MonitorIndicatorPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  Visibility visibility = MonitorVisibility(db);
  Indicator ind = visibility.Seen(visibility.FindIndicator(ctx.Param("code")));
  const AchievementRule& rule = ctx.config().achievement;
  IndicatorSeries overview = std::move(ReadOverviewSeries(db, {ind}, rule).front());

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
    if (visibility.IndicatorSeen(ind.parent)) parent = visibility.FindIndicator(ind.parent);
  }
  std::vector<Indicator> ratio_parts;
  if (ind.kind == IndicatorKind::kRatio) {
    for (const auto& code : {ind.numerator, ind.denominator}) {
      if (visibility.IndicatorSeen(code)) ratio_parts.push_back(visibility.FindIndicator(code));
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
                            .serves = ServedItems(db, visibility, ind),
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
