#include "render/item_view.h"

#include "render/date_text.h"
#include "render/phase_text.h"
#include "render/safe_url.h"
#include "render/url_for.h"

namespace fremdrift {

std::string ItemLabel(const PlanItem& item, const Strategy& strategy) {
  std::string name = strategy.LevelName(item.level);
  if (item.code.empty()) return name;
  return name.empty() ? item.code : name + " " + item.code;
}

std::string ItemHeading(const PlanItem& item, const Strategy& strategy) {
  return item.code.empty() ? item.title : ItemLabel(item, strategy) + ": " + item.title;
}

mstch::map ItemView(const PlanItem& item, const Strategy& strategy, const PlanNames& names,
                    const Catalogue& t) {
  bool has_schedule = !item.start.is_none() || !item.end.is_none();
  bool has_phases = item.phases.has_value();
  mstch::array links;
  for (const auto& l : item.links) {
    links.push_back(mstch::map{{"text", l.title.empty() ? l.url : l.title},
                               {"url", l.url},
                               {"safe", IsSafeLinkUrl(l.url)}});
  }
  return mstch::map{
      {"id", std::to_string(item.id)},
      {"key", item.key},
      {"anchor", "item-" + std::to_string(item.id)},
      {"url", UrlFor(routes::kItem, strategy.key, item.key)},
      {"title", item.title},
      {"code", item.code},
      {"has_code", !item.code.empty()},
      {"label", ItemLabel(item, strategy)},
      {"heading", ItemHeading(item, strategy)},
      {"level", item.level},
      {"level_name", strategy.LevelName(item.level)},
      {"description", item.description},
      {"has_description", !item.description.empty()},
      {"owners_text", names.OrganisationNames(item.owners)},
      {"has_owners", !item.owners.empty()},
      {"user_groups_text", names.UserGroupNames(item.user_groups)},
      {"has_user_groups", !item.user_groups.empty()},
      {"has_schedule", has_schedule},
      {"start_text", item.start.is_none() ? std::string("–") : ScheduleDateText(item.start, t)},
      {"end_text", item.end.is_none() ? std::string("–") : ScheduleDateText(item.end, t)},
      {"phases_text", PhaseRangeText(item.phases, names.PhaseScaleOf(strategy), t.lang())},
      {"has_phases", has_phases},
      {"tentative", item.tentative},
      {"has_facts", !item.owners.empty() || !item.user_groups.empty() || has_schedule ||
                        has_phases || item.tentative},
      {"links", links},
      {"has_links", !links.empty()},
      {"source", item.source},
      {"has_source", !item.source.empty()},
      {"children", mstch::array{}},
  };
}

}  // namespace fremdrift
