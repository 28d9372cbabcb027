// Which plan items a list or roadmap shows. Every criterion is optional;
// an item matches when it meets all that are set.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/phase_scale.h"
#include "domain/plan_item.h"

namespace fremdrift {

struct ItemFilter {
  std::optional<int64_t> strategy_id;
  std::optional<int> level;
  std::optional<std::string> owner;       // organisation short name
  std::optional<std::string> user_group;  // user group key
  // A phase key: the item's range contains it on its strategy's scale,
  // looked up in `phase_scales` by strategy id (DefaultPhaseScale() for a
  // strategy not there).
  std::optional<std::string> phase;
  std::map<int64_t, PhaseScale> phase_scales;
  std::optional<Date> active_on;          // see IsActiveOn
};

// True when the item's schedule covers `day`: it has started (a set start on
// or before `day`) and has not ended (a set end on or after `day`, or an
// end that is "undefined", i.e. still open). Items without a set start are
// not active on any day: their schedule is unknown.
bool IsActiveOn(const PlanItem& item, const Date& day);

bool MatchesFilter(const ItemFilter& filter, const PlanItem& item);

std::vector<PlanItem> FilterItems(const ItemFilter& filter,
                                  const std::vector<PlanItem>& items);

}  // namespace fremdrift
