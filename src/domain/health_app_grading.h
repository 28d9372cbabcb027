// The grading rule of a health-app label, as data of a catalogue version,
// and the computation of grades from it. The source (NUIT sak 20/22)
// shows grades A (best) to E per label area and an overall score but gives
// no rule; the demo's rule is our stated assumption (docs/health-apps.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

// The five grades, best first.
inline constexpr const char* kGrades[] = {"A", "B", "C", "D", "E"};

// How the overall score is formed from the area grades.
//  kMeanRoundedDown: A=5 ... E=1, the mean of the graded areas, rounded
//                    down (towards the worse grade);
//  kLowest:          the worst area grade.
enum class OverallRule { kMeanRoundedDown, kLowest };

std::string OverallRuleKey(OverallRule r);  // "mean_rounded_down", "lowest"
std::optional<OverallRule> OverallRuleFromKey(const std::string& key);

// For each grade A..D, the least percentage (0..100) of an area's counted
// requirements that must be met for it; anything less is E. The
// percentages fall strictly from A to D; whole percentages keep the
// comparison exact (met * 100 >= percent * counted). `note` states the rule
// in words (nb, en).
struct GradingRule {
  int min_percent[4] = {90, 75, 50, 25};  // A, B, C, D
  OverallRule overall = OverallRule::kMeanRoundedDown;
  std::string note_nb;
  std::string note_en;
};

std::vector<FieldProblem> ValidateGradingRule(const GradingRule& r, const std::string& path);

// The grade of an area where `met` of `counted` requirements are met, or
// "" when `counted` is 0 (nothing to grade). A share exactly at a
// threshold reaches it. Throws Failure(kInvalid) when met > counted or a
// count is negative.
std::string AreaGrade(const GradingRule& r, int met, int counted);

// The overall grade of the area grades ("" entries are not graded and are
// left out); "" when none is graded.
std::string OverallGrade(const GradingRule& r, const std::vector<std::string>& area_grades);

}  // namespace fremdrift
