#include "render/monitor_view.h"

#include <algorithm>
#include <map>
#include <set>

#include "render/item_view.h"
#include "render/monitor_card.h"
#include "render/monitor_goals.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// One group's indicators: cards for those with figures, and a compact
// list of those whose figures are still to come ("kommer").
struct GroupCards {
  mstch::array cards;
  mstch::array coming;
  size_t size() const { return cards.size() + coming.size(); }
  bool empty() const { return size() == 0; }
};

// True when neither the indicator nor any of its parts has a figure yet.
bool FiguresToCome(const MonitorEntry& entry, const std::vector<const MonitorEntry*>& parts) {
  if (!entry.series.values.empty()) return false;
  return std::all_of(parts.begin(), parts.end(),
                     [](const MonitorEntry* p) { return p->series.values.empty(); });
}

// Cards for `indicators` (one group), parts nested in their parents.
GroupCards Cards(const std::vector<const Indicator*>& indicators,
                 const std::map<std::string, const MonitorEntry*>& by_code, const Catalogue& t,
                 int& chart_counter) {
  std::set<std::string> in_group;
  for (const auto* i : indicators) in_group.insert(i->code);
  GroupCards out;
  for (const auto* i : indicators) {
    bool nested = !i->parent.empty() && in_group.count(i->parent);
    if (nested) continue;
    const MonitorEntry* entry = by_code.at(i->code);
    std::vector<const MonitorEntry*> parts;
    for (const auto& [code, e] : by_code) {
      if (e->indicator.parent == i->code) parts.push_back(e);
    }
    std::stable_sort(parts.begin(), parts.end(), [](const MonitorEntry* a, const MonitorEntry* b) {
      return a->indicator.part_number < b->indicator.part_number;
    });
    const MonitorEntry* parent = nullptr;
    if (!i->parent.empty()) {
      auto it = by_code.find(i->parent);
      if (it != by_code.end()) parent = it->second;
    }
    if (FiguresToCome(*entry, parts)) {
      out.coming.push_back(mstch::map{{"name", i->name}, {"url", MonitorIndicatorUrl(i->code)}});
      continue;
    }
    out.cards.push_back(MonitorCardView(*entry, parts, parent, t,
                                        "spark-" + std::to_string(++chart_counter)));
  }
  return out;
}

std::string CountText(size_t n, const Catalogue& t) {
  return t.Format(n == 1 ? "monitor_count_one" : "monitor_count", {{"count", std::to_string(n)}});
}

}  // namespace

mstch::map MonitorView(const MonitorPageData& d, const Catalogue& t) {
  std::map<std::string, const MonitorEntry*> by_code;
  std::vector<Indicator> indicators;
  for (const auto& e : d.entries) {
    by_code[e.indicator.code] = &e;
    indicators.push_back(e.indicator);
  }
  mstch::map view{{"intro", t.Text("monitor_intro")},
                  {"count_text", t.Format("monitor_total", {{"count", std::to_string(d.entries.size())}})},
                  {"has_strategy", d.strategy.has_value()}};
  int chart_counter = 0;
  mstch::array goals, toc;
  std::vector<const Indicator*> others;
  if (d.strategy) {
    view["strategy"] = mstch::map{{"name", d.strategy->name}, {"url", UrlFor(routes::kStrategy, d.strategy->key)}};
    MonitorGrouping grouping = GroupByGoal(indicators, *d.strategy, d.items);
    for (const auto& g : grouping.goals) {
      std::string anchor = "mal-" + g.goal->key;
      std::string heading = ItemHeading(*g.goal, *d.strategy);
      GroupCards cards = Cards(g.indicators, by_code, t, chart_counter);
      std::string count = CountText(cards.size(), t);
      goals.push_back(mstch::map{{"anchor", anchor},
                                 {"heading", heading},
                                 {"url", UrlFor(routes::kItem, d.strategy->key, g.goal->key)},
                                 {"cards", cards.cards},
                                 {"has_cards", !cards.cards.empty()},
                                 {"coming", cards.coming},
                                 {"has_coming", !cards.coming.empty()},
                                 {"is_empty", cards.size() == 0},
                                 {"count_text", count},
                                 {"empty_text", t.Text("monitor_goal_empty")}});
      toc.push_back(mstch::map{{"anchor", anchor}, {"text", heading}, {"count_text", count}});
    }
    others = grouping.others;
  } else {
    view["strategy"] = mstch::map{};
    for (const auto& e : d.entries) others.push_back(&e.indicator);
  }
  GroupCards other_cards = Cards(others, by_code, t, chart_counter);
  if (!other_cards.empty()) {
    toc.push_back(mstch::map{{"anchor", std::string("andre-indikatorer")},
                             {"text", t.Text("monitor_others")},
                             {"count_text", CountText(other_cards.size(), t)}});
  }
  view["goals"] = goals;
  view["toc"] = toc;
  view["others"] = mstch::map{{"anchor", std::string("andre-indikatorer")},
                              {"heading", t.Text("monitor_others")},
                              {"intro", t.Text("monitor_others_intro")},
                              {"cards", other_cards.cards},
                              {"coming", other_cards.coming},
                              {"has_coming", !other_cards.coming.empty()}};
  view["has_others"] = !other_cards.empty();
  return view;
}

}  // namespace fremdrift
