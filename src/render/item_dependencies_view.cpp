#include "render/item_dependencies_view.h"

#include "render/date_text.h"
#include "render/item_view.h"
#include "render/url_for.h"

namespace fremdrift {

mstch::map ItemDependenciesView(const Strategy& strategy, const ItemDependencyLists& lists,
                                const Catalogue& t) {
  mstch::array waits_for;
  for (const auto& [item, clash] : lists.waits_for) {
    std::string end = ScheduleDateText(item.end, t);
    waits_for.push_back(mstch::map{
        {"url", UrlFor(routes::kItem, strategy.key, item.key)},
        {"heading", ItemHeading(item, strategy)},
        {"end_text", end},
        {"has_end", item.end.is_set()},
        {"clash", clash},
        {"clash_text", t.Format("dependency_ends_after_start", {{"end", end}})}});
  }
  mstch::array waited_for_by;
  for (const auto& item : lists.waited_for_by) {
    waited_for_by.push_back(mstch::map{{"url", UrlFor(routes::kItem, strategy.key, item.key)},
                                       {"heading", ItemHeading(item, strategy)}});
  }
  bool any = !lists.waits_for.empty() || !lists.waited_for_by.empty();
  return mstch::map{{"has_dependencies", any},
                    {"has_waits_for", !lists.waits_for.empty()},
                    {"waits_for", waits_for},
                    {"has_waited_for_by", !lists.waited_for_by.empty()},
                    {"waited_for_by", waited_for_by}};
}

}  // namespace fremdrift
