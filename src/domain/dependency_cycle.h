// Finds a cycle in "depends on" links, such as those between portfolio
// items. A cycle makes the order of work impossible, so it is refused.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fremdrift {

// The first cycle found in `depends_on` (node -> the nodes it depends on),
// as the path of keys from a node back to itself, e.g. {a, b, c, a}; nodes
// are visited in key order so the answer is stable. nullopt when there is
// none. A node that depends on itself gives {a, a}.
std::optional<std::vector<std::string>> FindDependencyCycle(
    const std::map<std::string, std::vector<std::string>>& depends_on);

// "a → b → c → a".
std::string CycleText(const std::vector<std::string>& cycle);

}  // namespace fremdrift
