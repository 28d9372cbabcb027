// One published indicator on the monitor (GET /monitor/indikator/{code},
// templates/monitor_indicator.mustache): name and description, the latest
// figures and the achievement per target group with its reason, the chart
// with a form to break it down by a dimension, roll it up to a coarser
// period type and choose the kind of chart, the data table (period, group,
// value, provisional mark, note), the targets and the baseline, the facts
// (unit, source, last updated, the plan items it follows up), its parts or
// its parent, and download links that carry the same query.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/series.h"
#include "domain/indicator.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/monitor_chart.h"
#include "render/route_table.h"

namespace fremdrift {

// A plan item the indicator follows up, in a published strategy.
struct ServedPlanItem {
  Strategy strategy;
  PlanItem item;
};

struct MonitorIndicatorData {
  const Indicator& indicator;
  const IndicatorSeries& series;   // for `query`
  const SeriesNotes& notes;        // of `series`
  const IndicatorSeries& overview; // as the overview shows it (latest figures)
  SeriesQuery query;               // as used, `by` filled in when defaulted
  MonitorChartKind chart_kind = MonitorChartKind::kLine;
  std::vector<MonitorChartKind> chart_kinds;  // offered
  std::vector<PeriodType> period_types;       // offered roll-ups
  bool offer_national = true;      // whether "no breakdown" has values
  std::vector<Indicator> parts;    // published parts, by part number
  std::optional<Indicator> parent; // published parent of a part
  std::vector<Indicator> ratio_parts;  // published numerator and denominator
  std::vector<ServedPlanItem> serves;
  AchievementRule rule;            // the server's, explained on the page
};

// The roll-ups that every period of `native` (a series in its own periods)
// allows, coarsest first.
std::vector<PeriodType> RollUpChoices(const IndicatorSeries& native);

// The download link of `download` (routes::kApiIndicatorSeriesCsv, ...Xlsx,
// ...Json, ...SdmxCsv) for the indicator and query, with the labels of
// groups and the explanation in `lang` (always in the address: ?lang=nb too).
std::string SeriesDownloadUrl(const std::string& code, const routes::RouteSpec& download,
                              const SeriesQuery& query, const std::string& lang = "nb");

// Keys: see templates/monitor_indicator.mustache.
mstch::map MonitorIndicatorView(const MonitorIndicatorData& data, const Catalogue& t);

}  // namespace fremdrift
