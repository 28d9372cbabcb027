#include "domain/dependency_cycle.h"

#include <algorithm>

namespace fremdrift {
namespace {

enum class Mark { kNew, kOnPath, kDone };

bool Visit(const std::string& node, const std::map<std::string, std::vector<std::string>>& graph,
           std::map<std::string, Mark>& marks, std::vector<std::string>& path,
           std::vector<std::string>& cycle) {
  marks[node] = Mark::kOnPath;
  path.push_back(node);
  auto it = graph.find(node);
  if (it != graph.end()) {
    std::vector<std::string> next = it->second;
    std::sort(next.begin(), next.end());
    for (const auto& n : next) {
      Mark m = marks.count(n) ? marks[n] : Mark::kNew;
      if (m == Mark::kOnPath) {
        auto start = std::find(path.begin(), path.end(), n);
        cycle.assign(start, path.end());
        cycle.push_back(n);
        return true;
      }
      if (m == Mark::kNew && Visit(n, graph, marks, path, cycle)) return true;
    }
  }
  path.pop_back();
  marks[node] = Mark::kDone;
  return false;
}

}  // namespace

std::optional<std::vector<std::string>> FindDependencyCycle(
    const std::map<std::string, std::vector<std::string>>& depends_on) {
  std::map<std::string, Mark> marks;
  for (const auto& [node, deps] : depends_on) {
    if (marks.count(node) && marks[node] != Mark::kNew) continue;
    std::vector<std::string> path, cycle;
    if (Visit(node, depends_on, marks, path, cycle)) return cycle;
  }
  return std::nullopt;
}

std::string CycleText(const std::vector<std::string>& cycle) {
  std::string out;
  for (const auto& k : cycle) {
    if (!out.empty()) out += " → ";
    out += k;
  }
  return out;
}

}  // namespace fremdrift
