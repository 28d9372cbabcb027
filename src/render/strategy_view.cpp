#include "render/strategy_view.h"

#include <algorithm>

#include "render/item_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

mstch::map NodeView(const PlanTreeNode& node, const Strategy& strategy, const PlanNames& names,
                    const Catalogue& t, int heading) {
  mstch::map view = ItemView(*node.item, strategy, names, t);
  mstch::array children;
  for (const auto& c : node.children) {
    children.push_back(NodeView(c, strategy, names, t, std::min(heading + 1, 6)));
  }
  view["heading_level"] = heading;
  // Goals and items without children show their description; the levels
  // between keep theirs behind an expander, as Helsedirektoratet's roadmap does.
  view["description_open"] = node.item->level == 1 || node.children.empty();
  view["has_children"] = !children.empty();
  view["children"] = children;
  return view;
}

}  // namespace

mstch::map StrategyView(const Strategy& strategy, const Catalogue& t) {
  std::string levels;
  for (const auto& l : strategy.level_names) levels += (levels.empty() ? "" : " › ") + l;
  std::string period = std::to_string(strategy.period_start);
  if (strategy.period_end != strategy.period_start) {
    period += "–" + std::to_string(strategy.period_end);
  }
  return mstch::map{
      {"key", strategy.key},
      {"name", strategy.name},
      {"url", UrlFor(routes::kStrategy, strategy.key)},
      {"roadmap_url", UrlWithQuery(UrlFor(routes::kRoadmap), {{"strategi", strategy.key}})},
      {"period", period},
      {"vision", strategy.vision},
      {"has_vision", !strategy.vision.empty()},
      {"unpublished", !strategy.published},
      {"levels_text", levels},
  };
}

mstch::array PlanTreeView(const std::vector<PlanTreeNode>& roots, const Strategy& strategy,
                          const PlanNames& names, const Catalogue& t, int top_heading) {
  mstch::array out;
  for (const auto& r : roots) out.push_back(NodeView(r, strategy, names, t, top_heading));
  return out;
}

}  // namespace fremdrift
