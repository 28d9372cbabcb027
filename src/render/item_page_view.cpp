#include "render/item_page_view.h"

#include "render/item_view.h"
#include "render/strategy_view.h"
#include "render/url_for.h"

namespace fremdrift {

mstch::map ItemPageView(const ItemPageData& d, const PlanNames& names, const Catalogue& t) {
  mstch::array crumbs;
  auto crumb = [&](const std::string& text, const std::string& url, bool current) {
    crumbs.push_back(mstch::map{{"text", text}, {"url", url}, {"current", current}});
  };
  crumb(t.Text("nav_home"), "/", false);
  crumb(d.strategy.name, UrlFor(routes::kStrategy, d.strategy.key), false);
  for (const auto* a : d.ancestors) {
    crumb(ItemHeading(*a, d.strategy), UrlFor(routes::kItem, d.strategy.key, a->key), false);
  }
  crumb(d.item.title, UrlFor(routes::kItem, d.strategy.key, d.item.key), true);

  mstch::array children;
  for (const auto* c : d.children) children.push_back(ItemView(*c, d.strategy, names, t));
  std::string child_level = d.strategy.LevelName(d.item.level + 1);

  mstch::map view{
      {"strategy", StrategyView(d.strategy, t)},
      {"item", ItemView(d.item, d.strategy, names, t)},
      {"breadcrumbs", crumbs},
      {"children", children},
      {"has_children", !children.empty()},
      {"children_heading", child_level.empty()
                               ? t.Text("item_children")
                               : t.Format("item_children_heading", {{"level", child_level}})},
      {"has_parent", !d.ancestors.empty()},
      {"on_roadmap", d.on_roadmap},
      {"api_url", UrlFor(routes::kApiItem, d.item.id)},
  };
  mstch::array indicators;
  for (const auto& [name, url] : d.indicators) indicators.push_back(mstch::map{{"name", name}, {"url", url}});
  view["has_indicators"] = !indicators.empty();
  view["indicators"] = indicators;
  if (!d.ancestors.empty()) view["parent"] = ItemView(*d.ancestors.back(), d.strategy, names, t);
  else view["parent"] = mstch::map{};
  const PlanItem* goal = d.ancestors.empty() ? &d.item : d.ancestors.front();
  view["roadmap_url"] =
      UrlWithQuery(UrlFor(routes::kRoadmap), {{"strategi", d.strategy.key}, {"mal", goal->level == 1 ? goal->key : ""}});
  return view;
}

}  // namespace fremdrift
