#include "domain/health_app_grading.h"

namespace fremdrift {

std::string OverallRuleKey(OverallRule r) {
  return r == OverallRule::kLowest ? "lowest" : "mean_rounded_down";
}

std::optional<OverallRule> OverallRuleFromKey(const std::string& key) {
  if (key == "lowest") return OverallRule::kLowest;
  if (key == "mean_rounded_down") return OverallRule::kMeanRoundedDown;
  return std::nullopt;
}

std::vector<FieldProblem> ValidateGradingRule(const GradingRule& r, const std::string& path) {
  std::vector<FieldProblem> out;
  for (int i = 0; i < 4; ++i) {
    std::string field = path + "min_percent." + kGrades[i];
    if (r.min_percent[i] < 0 || r.min_percent[i] > 100) {
      out.push_back({field, "must be a whole percentage from 0 to 100", "ha_grade_percent_range", {}});
    } else if (i > 0 && r.min_percent[i] >= r.min_percent[i - 1]) {
      out.push_back({field, "must be below the percentage of the better grade", "ha_grade_percent_order", {}});
    }
  }
  return out;
}

std::string AreaGrade(const GradingRule& r, int met, int counted) {
  if (met < 0 || counted < 0 || met > counted) {
    throw Failure(FailureCode::kInvalid, "met requirements must be between 0 and the counted ones");
  }
  if (counted == 0) return "";
  for (int i = 0; i < 4; ++i) {
    if (static_cast<long long>(met) * 100 >= static_cast<long long>(r.min_percent[i]) * counted) return kGrades[i];
  }
  return "E";
}

namespace {
int Points(const std::string& grade) {
  for (int i = 0; i < 5; ++i) {
    if (grade == kGrades[i]) return 5 - i;
  }
  return 0;
}
}  // namespace

std::string OverallGrade(const GradingRule& r, const std::vector<std::string>& area_grades) {
  int sum = 0, count = 0, lowest = 5;
  for (const auto& g : area_grades) {
    int p = Points(g);
    if (p == 0) continue;
    sum += p;
    ++count;
    if (p < lowest) lowest = p;
  }
  if (count == 0) return "";
  int points = r.overall == OverallRule::kLowest ? lowest : sum / count;  // integer division rounds down
  return kGrades[5 - points];
}

}  // namespace fremdrift
