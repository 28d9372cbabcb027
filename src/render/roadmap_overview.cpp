#include "render/roadmap_overview.h"

#include <map>
#include <vector>

#include "domain/plan_tree.h"
#include "render/date_text.h"
#include "render/item_view.h"
#include "render/url_for.h"

namespace fremdrift {

bool ShowsRoadmapOverview(const RoadmapPageData& d) {
  return !d.choice.all && d.choice.goal.empty() && d.shown.size() > kRoadmapOverviewAbove;
}

std::string RoadmapUrl(const Strategy& strategy, const RoadmapChoice& c, const std::string& goal, bool all) {
  std::vector<std::pair<std::string, std::string>> query{{"strategi", strategy.key}};
  if (!goal.empty()) query.emplace_back("mal", goal);
  if (!c.owner.empty()) query.emplace_back("eier", c.owner);
  if (!c.user_group.empty()) query.emplace_back("brukergruppe", c.user_group);
  if (!c.phase.empty()) query.emplace_back("fase", c.phase);
  if (c.grouping != RoadmapGrouping::kParent) query.emplace_back("gruppering", std::string(RoadmapGroupingKey(c.grouping)));
  if (all) query.emplace_back("visning", "alle");
  return UrlWithQuery(UrlFor(routes::kRoadmap), query);
}

mstch::map RoadmapOverviewView(const RoadmapPageData& d, const PlanNames& names, const Catalogue& t) {
  ItemsById by_id = IndexById(d.items);
  const PhaseScale& scale = names.PhaseScaleOf(d.strategy);
  struct Goal {
    const PlanItem* goal;
    size_t count = 0;
    std::optional<Date> first, last;
    std::map<int, size_t> reached;  // phase position -> deliverables that reached it
    size_t no_phase = 0;
  };
  std::vector<Goal> goals;
  std::map<int64_t, size_t> index;
  for (const PlanItem* item : d.shown) {
    const PlanItem* top = TopAncestorOf(*item, by_id);
    auto [it, added] = index.emplace(top->id, goals.size());
    if (added) goals.push_back(Goal{top});
    Goal& g = goals[it->second];
    ++g.count;
    if (item->start.is_set() && (!g.first || item->start.date() < *g.first)) g.first = item->start.date();
    if (item->end.is_set() && (!g.last || *g.last < item->end.date())) g.last = item->end.date();
    std::optional<int> reached = item->phases ? scale.Position(item->phases->to) : std::nullopt;
    if (reached) ++g.reached[*reached];
    else ++g.no_phase;
  }
  mstch::array rows;
  for (const auto& g : goals) {
    std::string phases;
    for (const auto& p : scale.phases) {
      auto n = g.reached.find(*scale.Position(p.key));
      if (n == g.reached.end()) continue;
      phases += (phases.empty() ? "" : ", ") + scale.PhaseName(p.key, t.lang()) + " " + std::to_string(n->second);
    }
    if (g.no_phase) {
      phases += (phases.empty() ? "" : ", ") + t.Format("roadmap_overview_no_phase", {{"count", std::to_string(g.no_phase)}});
    }
    std::string heading = ItemHeading(*g.goal, d.strategy);
    std::string span = (g.first ? DateText(*g.first, t.lang()) : std::string("–")) + " – " +
                       (g.last ? DateText(*g.last, t.lang()) : std::string("–"));
    rows.push_back(mstch::map{{"heading", heading},
                              {"url", RoadmapUrl(d.strategy, d.choice, g.goal->key, false)},
                              {"count", std::to_string(g.count)},
                              {"span_text", span},
                              {"phases_text", phases}});
  }
  return mstch::map{
      {"overview_intro", t.Format("roadmap_overview_intro", {{"count", std::to_string(d.shown.size())},
                                                             {"level", d.strategy.LevelName(1)}})},
      {"all_url", RoadmapUrl(d.strategy, d.choice, "", true)},
      {"all_text", t.Format("roadmap_overview_all", {{"count", std::to_string(d.shown.size())}})},
      {"overview_caption", t.Format("roadmap_overview_caption", {{"strategy", d.strategy.name},
                                                                 {"level", d.strategy.LevelName(1)}})},
      {"goal_column", d.strategy.LevelName(1)},
      {"goals", rows}};
}

}  // namespace fremdrift
