// Suggesting a parent's status from its children's and its indicators'.
// The rule is chosen per strategy:
//  - worst_of: the worst status among the inputs;
//  - weighted: the weighted mean of the inputs' ranks on the scale, rounded
//    to the nearest level (a half rounds towards worse). The Q1 2023 status report weighs
//    goal 4 most in the overall status: give it the largest weight.
// Inputs that are not assessed or have no data are left out; with no input
// left the suggestion is "not assessed". Indicators count through their
// achievement: on track is the best level, at risk the middle, off track
// the worst.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/achievement.h"
#include "domain/status_scale.h"

namespace fremdrift {

enum class RollupRule { kWorstOf, kWeighted };

std::string_view RollupRuleKey(RollupRule r);  // "worst_of", "weighted"
std::optional<RollupRule> RollupRuleFromKey(std::string_view key);

struct RollupInput {
  std::string label;   // e.g. "Mål 4" or an indicator's name, for the reason
  std::string status;  // a key of the scale, not_assessed or no_data
  double weight = 1;
};

struct Suggestion {
  std::string status;  // a key of the scale, or not_assessed
  std::string reason;  // English, for logs and tests: "worst of 5 assessed: Mål 4 is red"
  // The reason for people: a rule ("rollup_none_assessed",
  // "rollup_worst_of", "rollup_weighted") and its parameters (count;
  // worst, the worst input's label, and status, a key of the scale; mean,
  // the weighted mean rank with two decimals, and best, the scale's best
  // key), worded by render/rollup_reason_text.h.
  std::string rule;
  std::map<std::string, std::string> params;
};

// The status on `scale` that an indicator's achievement stands for.
std::string StatusForAchievement(AchievementStatus a, const StatusScale& scale);

Suggestion SuggestStatus(const std::vector<RollupInput>& inputs, RollupRule rule,
                         const StatusScale& scale);

}  // namespace fremdrift
