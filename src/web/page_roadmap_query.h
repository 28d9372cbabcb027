// The roadmap's URL parameters, all optional, an empty value meaning "all":
//   strategi (or strategy)  strategy key; default: the newest published one
//   mal                     key of a goal (level-1 item) of that strategy
//   eier                    owner organisation short name, e.g. Hdir
//   brukergruppe            user group key, e.g. kommune-og-fylkeskommune
//   fase                    phase key of the strategy's phase scale, e.g. innforing
//   gruppering              tema (default), mal, eier, brukergruppe
//   visning                 alle: every matching deliverable on one page,
//                           also where the overview by goal would be shown
//                           (render/roadmap_overview.h)
// A value that names nothing is a Failure(kInvalid) whose field is the
// parameter's name, so the reader gets a 400 page that names it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/item_filter.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/plan_names.h"
#include "render/roadmap_view.h"
#include "web/request_context.h"

namespace fremdrift {

struct RoadmapQuery {
  std::string strategy;  // "" for the default
  RoadmapChoice choice;
};

// Reads the parameters; checks gruppering, which needs no data.
RoadmapQuery ParseRoadmapQuery(const RequestContext& ctx);

// Checks that mal, eier, brukergruppe and fase name a goal of `strategy`
// (`items` are its items), an organisation, a user group and a phase of
// the strategy's phase scale.
void CheckRoadmapChoice(const RoadmapChoice& choice, const Strategy& strategy,
                        const std::vector<PlanItem>& items, const PlanNames& names);

// The strategy shown when none is asked for: the newest published one, or
// when there is none the newest of `visible`; nullopt when `visible` is empty.
std::optional<Strategy> DefaultRoadmapStrategy(const std::vector<Strategy>& visible);

// The filter for the strategy's deliverables (its deepest level) matching
// owner, user group and phase. The goal is checked separately: it is about
// ancestry, not the item's own fields. `scale` is the strategy's phase scale.
ItemFilter RoadmapItemFilter(const Strategy& strategy, const RoadmapChoice& choice,
                             const PhaseScale& scale = DefaultPhaseScale());

}  // namespace fremdrift
