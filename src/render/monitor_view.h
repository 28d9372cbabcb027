// The public e-health monitor's overview (GET /monitor,
// templates/monitor.mustache): the published indicators grouped under the
// goals of the newest published strategy, each as a card (monitor_card.h);
// those that follow up none of its goals under "other indicators". A part
// of a composite indicator is shown inside its parent's card when the
// parent is in the same group, else as a card of its own.
#pragma once

#include <optional>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/monitor_card.h"

namespace fremdrift {

struct MonitorPageData {
  std::optional<Strategy> strategy;  // the newest published one
  std::vector<PlanItem> items;       // its items, in plan order
  std::vector<MonitorEntry> entries; // the published indicators, by code
};

// Keys: has_strategy, strategy {name, url}, intro, goals [{anchor,
// heading, url, cards [MonitorCardView], has_cards, empty_text, count_text}],
// others {anchor, heading, cards, has_cards}, has_others, toc [{anchor,
// text, count_text}], count_text.
mstch::map MonitorView(const MonitorPageData& data, const Catalogue& t);

}  // namespace fremdrift
