#include "app/plan_dependency_bundle.h"

#include <map>

#include "domain/plan_dependency.h"
#include "storage/audit_log.h"
#include "storage/plan_dependency_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

void ImportPlanDependencies(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                            const std::string& actor, std::vector<FieldProblem>& problems,
                            ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array"});
    return;
  }
  PlanDependencyStore store(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& rec = list[i];
    const std::string p = path + "[" + std::to_string(i) + "]";
    if (!rec.is_object()) {
      problems.push_back({p, "must be an object"});
      continue;
    }
    bool bad = false;
    for (const auto& [k, v] : rec.items()) {
      if (k != "strategy" && k != "item" && k != "depends_on") {
        problems.push_back({p + "." + k, "is not a known field"});
        bad = true;
      }
    }
    auto text = [&](const char* name) -> std::string {
      auto it = rec.find(name);
      if (it == rec.end() || !it->is_string() || it->get<std::string>().empty()) {
        problems.push_back({p + "." + name, "is required: a key"});
        bad = true;
        return "";
      }
      return it->get<std::string>();
    };
    std::string strategy_key = text("strategy");
    std::string item_key = text("item");
    std::vector<std::string> keys;
    auto deps = rec.find("depends_on");
    if (deps == rec.end() || !deps->is_array()) {
      problems.push_back({p + ".depends_on", "must be an array of plan item keys"});
      bad = true;
    } else {
      for (size_t k = 0; k < deps->size(); ++k) {
        if ((*deps)[k].is_string()) {
          keys.push_back((*deps)[k].get<std::string>());
        } else {
          problems.push_back({p + ".depends_on[" + std::to_string(k) + "]", "must be a plan item key"});
          bad = true;
        }
      }
    }
    if (bad) continue;
    auto strategy = StrategyStore(conn).FindByKey(strategy_key);
    if (!strategy) {
      problems.push_back({p + ".strategy", "no strategy '" + strategy_key + "'"});
      continue;
    }
    std::vector<std::string> known;
    std::map<std::string, int64_t> ids;
    for (const auto& item : PlanItemStore(conn).List(strategy->id)) {
      known.push_back(item.key);
      ids[item.key] = item.id;
    }
    if (!ids.count(item_key)) {
      problems.push_back({p + ".item", "no plan item '" + item_key + "' in strategy '" + strategy_key + "'"});
      continue;
    }
    auto found = PlanDependencyProblems(item_key, keys, known);
    for (const auto& [field, reason] : found) problems.push_back({p + "." + field, reason});
    if (!found.empty()) continue;
    auto all = store.ForStrategy(strategy->id);
    if (auto cycle = PlanDependencyCycleWith(all, item_key, keys)) {
      problems.push_back({p + ".depends_on", "the dependencies would form a cycle: " + CycleText(*cycle)});
      continue;
    }
    bool existed = all.count(item_key) > 0;
    std::vector<int64_t> depends_on_ids;
    for (const auto& k : keys) depends_on_ids.push_back(ids.at(k));
    store.Replace(ids.at(item_key), depends_on_ids);
    summary.CountRecord("plan_dependencies", !existed);
    if (!existed || all.at(item_key) != keys) {
      AuditLog(conn).Append({.actor = actor,
                             .entity = "plan_item",
                             .entity_id = std::to_string(ids.at(item_key)),
                             .action = "import",
                             .before = existed ? nlohmann::json{{"depends_on", all.at(item_key)}}.dump() : "",
                             .after = nlohmann::json{{"depends_on", keys}}.dump()});
    }
  }
}

nlohmann::ordered_json ExportPlanDependencies(SqlConnection& conn) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  std::map<std::string, int64_t> strategies;
  for (const auto& s : StrategyStore(conn).List(ListScope::kAll)) strategies[s.key] = s.id;
  for (const auto& [key, id] : strategies) {
    for (const auto& [item, deps] : PlanDependencyStore(conn).ForStrategy(id)) {
      out.push_back({{"strategy", key}, {"item", item}, {"depends_on", deps}});
    }
  }
  return out;
}

}  // namespace fremdrift
