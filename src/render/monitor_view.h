// The public e-health monitor's overview (GET /monitor,
// templates/monitor.mustache): a search form (words, goal), a table of
// contents of the goals with their counts, then one page of the published
// indicators (monitor_listing.h) grouped under the goals of the newest
// published strategy, each as a card (monitor_card.h); those that follow
// up none of its goals under "other indicators"; links to the other pages.
// A part of a composite indicator is shown inside its parent's card when
// the parent is in the same group, else as a card of its own.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/monitor_card.h"
#include "render/monitor_listing.h"

namespace fremdrift {

struct MonitorPageData {
  std::optional<Strategy> strategy;    // the newest published one
  std::vector<const PlanItem*> goals;  // its goals, in plan order (the goal filter's choices)
  bool has_others = false;             // some indicator follows up none of them
  size_t total = 0;                    // the published indicators
  MonitorChoice choice;
  MonitorListing listing;
  // The rows of the page and their parts with their series; the parents of
  // parts shown (their series unread, for their names).
  std::vector<MonitorEntry> entries;
};

// The HTML of one card: templates/monitor_card.mustache rendered over
// MonitorCardView(entry, parts, parent, t, chart_id) in
// MonitorCardContext. The page asks for it rather than rendering the card
// itself, so that it may keep cards that have not changed
// (web/monitor_card_html.h).
using MonitorCardHtml = std::function<std::string(const MonitorEntry& entry,
                                                  const std::vector<const MonitorEntry*>& parts,
                                                  const MonitorEntry* parent, const std::string& chart_id)>;

// Keys: has_strategy, strategy {name, url}, intro, filter_form
// (FilterFormView), goals [{anchor, heading, url, cards [{html}],
// has_cards, coming, has_coming, is_empty, empty_text, count_text,
// continued}], others {anchor, heading, intro, cards, coming, has_coming,
// continued}, has_others, toc [{href, text, count_text}], has_toc,
// count_text, has_none, none_text, has_pages, pages {status, previous
// {url}, next {url}, links [{url, number, label, current}]}.
mstch::map MonitorView(const MonitorPageData& data, const Catalogue& t, const MonitorCardHtml& card_html);

}  // namespace fremdrift
