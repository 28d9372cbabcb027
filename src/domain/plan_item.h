// One node of a strategy's plan: a goal, sub-goal, theme/initiative or
// deliverable, depending on its level (see Strategy::level_names).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/phase_scale.h"

namespace fremdrift {

struct Link {
  std::string title;
  std::string url;
  bool operator==(const Link&) const = default;
};

struct PlanItem {
  int64_t id = 0;
  int64_t strategy_id = 0;
  std::optional<int64_t> parent_id;  // none for level 1
  std::string key;   // unique within the strategy; used by bundles
  std::string code;  // what users see, e.g. "4B"; may be empty
  int level = 1;     // 1 = top
  std::string title;
  std::string description;
  std::vector<std::string> owners;       // organisation short names
  std::vector<std::string> user_groups;  // user group keys
  ScheduleDate start;
  ScheduleDate end;
  std::optional<PhaseRange> phases;  // keys of the strategy's phase scale
  bool tentative = false;  // "Tentativ tidsplan": dates are not firm
  std::vector<Link> links;
  std::string source;
  int64_t sort_order = 0;  // order among siblings
  double rollup_weight = 1;  // weight in the parent's weighted status roll-up
  int64_t version = 1;     // optimistic concurrency: bumped on every change

  bool IsOwnedBy(const std::string& short_name) const;
};

}  // namespace fremdrift
