// "Waits for" links between plan items of one strategy: an item cannot be
// finished (or started) before the items it depends on. The status report
// for Q1 2023 names one ("sterk avhengighet til ... standardisert språk");
// the roadmap names others. Like the portfolio's dependencies, a cycle is
// refused, by the same rule (domain/dependency_cycle.h). Documented in
// docs/strategy-model.md, "Dependencies between plan items".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/dependency_cycle.h"

namespace fremdrift {

// The dependencies of one strategy: item key -> the keys it waits for.
using PlanDependencies = std::map<std::string, std::vector<std::string>>;

// The problems with giving item `key` the predecessors `depends_on` among
// `known` item keys: an unknown key, the item itself, or a key given twice;
// each as "depends_on[i]" with a reason. Empty when there is none.
std::vector<std::pair<std::string, std::string>> PlanDependencyProblems(
    const std::string& key, const std::vector<std::string>& depends_on,
    const std::vector<std::string>& known);

// The cycle that `all`, with item `key`'s predecessors replaced by
// `depends_on`, would contain (e.g. {a, b, a}), or nullopt.
std::optional<std::vector<std::string>> PlanDependencyCycleWith(const PlanDependencies& all,
                                                                const std::string& key,
                                                                const std::vector<std::string>& depends_on);

// Whether a predecessor that ends `predecessor_end` ends after an item that
// starts `start` begins: both must be set dates, and the end must be later
// than the start. An undefined or missing date never clashes (nothing is
// known), and ending the day the other starts is not a clash.
bool EndsAfterStart(const ScheduleDate& predecessor_end, const ScheduleDate& start);

// The items that wait for `key` in `all` (its successors), sorted.
std::vector<std::string> WaitingFor(const PlanDependencies& all, const std::string& key);

}  // namespace fremdrift
