#include "web/page_roadmap_query.h"

#include <algorithm>

#include "domain/failure.h"

namespace fremdrift {

RoadmapQuery ParseRoadmapQuery(const RequestContext& ctx) {
  RoadmapQuery q;
  q.strategy = ctx.Query("strategi").value_or(ctx.Query("strategy").value_or(""));
  q.choice.goal = ctx.Query("mal").value_or("");
  q.choice.owner = ctx.Query("eier").value_or("");
  q.choice.user_group = ctx.Query("brukergruppe").value_or("");
  q.choice.phase = ctx.Query("fase").value_or("");  // checked against the strategy's scale
  std::string view = ctx.Query("visning").value_or("");
  if (!view.empty() && view != "alle") {
    throw Failure(FailureCode::kInvalid, "visning must be alle or empty", "visning");
  }
  q.choice.all = view == "alle";
  std::string grouping = ctx.Query("gruppering").value_or("");
  if (!grouping.empty()) {
    auto g = RoadmapGroupingFromKey(grouping);
    if (!g) {
      throw Failure(FailureCode::kInvalid,
                    "gruppering must be one of tema, mal, eier, brukergruppe", "gruppering");
    }
    q.choice.grouping = *g;
  }
  return q;
}

void CheckRoadmapChoice(const RoadmapChoice& choice, const Strategy& strategy,
                        const std::vector<PlanItem>& items, const PlanNames& names) {
  const PhaseScale& scale = names.PhaseScaleOf(strategy);
  if (!choice.phase.empty() && !scale.Position(choice.phase)) {
    throw Failure(FailureCode::kInvalid, "fase must be one of " + scale.KeyList(), "fase");
  }
  if (!choice.goal.empty() &&
      std::none_of(items.begin(), items.end(), [&](const PlanItem& i) {
        return i.level == 1 && i.key == choice.goal;
      })) {
    throw Failure(FailureCode::kInvalid,
                  "mal must be the key of a goal (a top-level item) of the strategy", "mal");
  }
  if (!choice.owner.empty() && !names.organisations.count(choice.owner)) {
    throw Failure(FailureCode::kInvalid, "eier must be the short name of an organisation",
                  "eier");
  }
  if (!choice.user_group.empty() && !names.user_groups.count(choice.user_group)) {
    throw Failure(FailureCode::kInvalid, "brukergruppe must be the key of a user group",
                  "brukergruppe");
  }
}

std::optional<Strategy> DefaultRoadmapStrategy(const std::vector<Strategy>& visible) {
  auto newer = [](const Strategy& a, const Strategy& b) {
    return std::tie(a.period_start, a.period_end, a.key) <
           std::tie(b.period_start, b.period_end, b.key);
  };
  std::optional<Strategy> best;
  for (bool published_only : {true, false}) {
    for (const auto& s : visible) {
      if (published_only && !s.published) continue;
      if (!best || newer(*best, s)) best = s;
    }
    if (best) return best;
  }
  return best;
}

ItemFilter RoadmapItemFilter(const Strategy& strategy, const RoadmapChoice& choice,
                             const PhaseScale& scale) {
  ItemFilter f;
  f.strategy_id = strategy.id;
  f.level = strategy.depth();
  if (!choice.owner.empty()) f.owner = choice.owner;
  if (!choice.user_group.empty()) f.user_group = choice.user_group;
  if (!choice.phase.empty()) {
    f.phase = choice.phase;
    f.phase_scales.emplace(strategy.id, scale);
  }
  return f;
}

}  // namespace fremdrift
