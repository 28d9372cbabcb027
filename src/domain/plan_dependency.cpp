#include "domain/plan_dependency.h"

#include <algorithm>
#include <set>

#include "domain/dependency_cycle.h"

namespace fremdrift {

std::vector<std::pair<std::string, std::string>> PlanDependencyProblems(
    const std::string& key, const std::vector<std::string>& depends_on,
    const std::vector<std::string>& known) {
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> known_set(known.begin(), known.end());
  std::set<std::string> seen;
  for (size_t i = 0; i < depends_on.size(); ++i) {
    const std::string field = "depends_on[" + std::to_string(i) + "]";
    const std::string& d = depends_on[i];
    if (d == key) {
      out.emplace_back(field, "an item cannot wait for itself");
    } else if (!known_set.count(d)) {
      out.emplace_back(field, "no plan item '" + d + "' in this strategy");
    } else if (!seen.insert(d).second) {
      out.emplace_back(field, "'" + d + "' is given twice");
    }
  }
  return out;
}

std::optional<std::vector<std::string>> PlanDependencyCycleWith(const PlanDependencies& all,
                                                                const std::string& key,
                                                                const std::vector<std::string>& depends_on) {
  PlanDependencies graph = all;
  graph[key] = depends_on;
  return FindDependencyCycle(graph);
}

bool EndsAfterStart(const ScheduleDate& predecessor_end, const ScheduleDate& start) {
  if (!predecessor_end.is_set() || !start.is_set()) return false;
  return start.date() < predecessor_end.date();
}

std::vector<std::string> WaitingFor(const PlanDependencies& all, const std::string& key) {
  std::vector<std::string> out;
  for (const auto& [item, preds] : all) {
    if (std::find(preds.begin(), preds.end(), key) != preds.end()) out.push_back(item);
  }
  return out;  // the map is in key order
}

}  // namespace fremdrift
