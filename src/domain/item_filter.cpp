#include "domain/item_filter.h"

#include <algorithm>

namespace fremdrift {

bool IsActiveOn(const PlanItem& item, const Date& day) {
  if (!item.start.is_set() || day < item.start.date()) return false;
  if (item.end.is_set()) return !(item.end.date() < day);
  return item.end.is_undefined();
}

bool MatchesFilter(const ItemFilter& f, const PlanItem& item) {
  if (f.strategy_id && item.strategy_id != *f.strategy_id) return false;
  if (f.level && item.level != *f.level) return false;
  if (f.owner && !item.IsOwnedBy(*f.owner)) return false;
  if (f.user_group &&
      std::find(item.user_groups.begin(), item.user_groups.end(),
                *f.user_group) == item.user_groups.end()) {
    return false;
  }
  if (f.phase) {
    auto it = f.phase_scales.find(item.strategy_id);
    const PhaseScale& scale = it == f.phase_scales.end() ? DefaultPhaseScale() : it->second;
    if (!(item.phases && scale.Contains(*item.phases, *f.phase))) return false;
  }
  if (f.active_on && !IsActiveOn(item, *f.active_on)) return false;
  return true;
}

std::vector<PlanItem> FilterItems(const ItemFilter& filter,
                                  const std::vector<PlanItem>& items) {
  std::vector<PlanItem> out;
  std::copy_if(items.begin(), items.end(), std::back_inserter(out),
               [&](const PlanItem& i) { return MatchesFilter(filter, i); });
  return out;
}

}  // namespace fremdrift
