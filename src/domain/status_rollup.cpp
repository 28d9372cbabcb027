#include "domain/status_rollup.h"

#include <cmath>
#include <cstdio>

namespace fremdrift {

std::string_view RollupRuleKey(RollupRule r) {
  return r == RollupRule::kWorstOf ? "worst_of" : "weighted";
}

std::optional<RollupRule> RollupRuleFromKey(std::string_view key) {
  if (key == "worst_of") return RollupRule::kWorstOf;
  if (key == "weighted") return RollupRule::kWeighted;
  return std::nullopt;
}

std::string StatusForAchievement(AchievementStatus a, const StatusScale& scale) {
  int last = static_cast<int>(scale.levels().size()) - 1;
  switch (a) {
    case AchievementStatus::kOnTrack: return scale.AtRank(0).key;
    case AchievementStatus::kAtRisk: return scale.AtRank((last + 1) / 2).key;
    case AchievementStatus::kOffTrack: return scale.AtRank(last).key;
    case AchievementStatus::kNoData: return std::string(kNoDataYet);
  }
  return std::string(kNoDataYet);
}

Suggestion SuggestStatus(const std::vector<RollupInput>& inputs, RollupRule rule,
                         const StatusScale& scale) {
  int counted = 0;
  double weight_sum = 0, weighted = 0;
  int worst = -1;
  std::string worst_label;
  for (const auto& in : inputs) {
    auto rank = scale.Rank(in.status);
    if (!rank || in.weight <= 0) continue;
    ++counted;
    weight_sum += in.weight;
    weighted += in.weight * *rank;
    if (*rank > worst) {
      worst = *rank;
      worst_label = in.label;
    }
  }
  if (counted == 0) {
    return {.status = std::string(kNotAssessed),
            .reason = "nothing below it has been assessed",
            .rule = "rollup_none_assessed",
            .params = {}};
  }
  const std::string count = std::to_string(counted) + " assessed";
  if (rule == RollupRule::kWorstOf) {
    const std::string& status = scale.AtRank(worst).key;
    return {.status = status,
            .reason = "worst of " + count + ": " + worst_label + " is " + scale.Name(status, "en"),
            .rule = "rollup_worst_of",
            .params = {{"count", std::to_string(counted)}, {"worst", worst_label}, {"status", status}}};
  }
  double mean = weighted / weight_sum;
  // Round half towards worse: 0.5 → 1.
  int rank = static_cast<int>(std::floor(mean + 0.5));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", mean);
  const std::string& best = scale.AtRank(0).key;
  return {.status = scale.AtRank(rank).key,
          .reason = "weighted mean rank " + std::string(buf) + " of " + count + " (0 = " + scale.Name(best, "en") + ")",
          .rule = "rollup_weighted",
          .params = {{"count", std::to_string(counted)}, {"mean", buf}, {"best", best}}};
}

}  // namespace fremdrift
