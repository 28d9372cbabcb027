// The roadmap page ("veikart", templates/roadmap.mustache): the filter
// form, the timeline SVG with its text summary, and a data table with the
// same rows, grouped the same way.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/date.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"
#include "render/roadmap_rows.h"

namespace fremdrift {

// What the reader chose in the form, as keys; "" means all.
struct RoadmapChoice {
  std::string goal;        // key of a level-1 item
  std::string owner;       // organisation short name
  std::string user_group;  // user group key
  std::string phase;       // phase key
  RoadmapGrouping grouping = RoadmapGrouping::kParent;
  // "visning=alle": every matching deliverable on one page, even where the
  // roadmap would show its overview by goal (render/roadmap_overview.h).
  bool all = false;
};

struct RoadmapPageData {
  const Strategy& strategy;
  std::vector<Strategy> strategies;    // all the reader may see, for the switcher
  const std::vector<PlanItem>& items;  // every item of `strategy`
  std::vector<const PlanItem*> shown;  // the deliverables that match, in tree order
  size_t total = 0;                    // the strategy's deliverables, unfiltered
  RoadmapChoice choice;
  std::optional<Date> today;           // marked on the timeline
  // Items that wait for an item ending after they start (strategy model,
  // docs/strategy-model.md): marked in the table and the list.
  std::set<int64_t> waiting_past_start;
};

// Keys: strategy (StrategyView), strategies [{name, url, current}],
// overview (RoadmapOverviewView, when ShowsRoadmapOverview; then no
// timeline, list or table), has_overview,
// has_strategy_choice, filter_form (FilterFormView), has_rows, empty_text, timeline_svg (escaped markup),
// timeline_summary, table_caption, groups [{heading_text, rows [ItemView + tentative_text,
// phase_key, dependency_clash, dependency_clash_text]}] (also the phone's
// list view).
mstch::map RoadmapView(const RoadmapPageData& data, const PlanNames& names, const Catalogue& t);

}  // namespace fremdrift
