#include "app/plan_dependency_service.h"

#include <map>

#include "app/input_text.h"
#include "domain/failure.h"
#include "domain/plan_dependency.h"
#include "domain/plan_item_rules.h"
#include "domain/plan_tree.h"
#include "storage/audit_log.h"
#include "storage/plan_dependency_store.h"
#include "storage/plan_item_store.h"

namespace fremdrift {
namespace {

// The audit entry's record: the item's "depends_on", so that the item's
// history shows the change beside its other fields.
std::string KeysJson(const std::vector<std::string>& keys) {
  return nlohmann::json{{"depends_on", keys}}.dump();
}

}  // namespace

ItemDependencies ReadItemDependencies(SqlConnection& conn, const PlanItem& item) {
  auto all = PlanDependencyStore(conn).ForStrategy(item.strategy_id);
  // Only the items on either side of the item's dependencies are read.
  auto it = all.find(item.key);
  const std::vector<std::string> waiting = WaitingFor(all, item.key);
  std::set<std::string> keys(waiting.begin(), waiting.end());
  if (it != all.end()) keys.insert(it->second.begin(), it->second.end());
  std::map<std::string, PlanItem> by_key;
  for (auto& i : PlanItemStore(conn).FindByKeys(item.strategy_id, keys)) by_key.emplace(i.key, std::move(i));
  ItemDependencies out;
  if (it != all.end()) {
    for (const auto& key : it->second) {
      auto p = by_key.find(key);
      if (p == by_key.end()) continue;
      out.waits_for.push_back({p->second, EndsAfterStart(p->second.end, item.start)});
    }
  }
  for (const auto& key : waiting) {
    if (auto s = by_key.find(key); s != by_key.end()) out.waited_for_by.push_back(s->second);
  }
  return out;
}

std::set<int64_t> ItemsWaitingPastTheirStart(SqlConnection& conn, int64_t strategy_id) {
  const auto all = PlanDependencyStore(conn).ForStrategy(strategy_id);
  // Only the items that have dependencies or are one are read.
  std::set<std::string> keys;
  for (const auto& [key, preds] : all) {
    keys.insert(key);
    keys.insert(preds.begin(), preds.end());
  }
  std::map<std::string, PlanItem> by_key;
  for (auto& i : PlanItemStore(conn).FindByKeys(strategy_id, keys)) by_key.emplace(i.key, std::move(i));
  std::set<int64_t> out;
  for (const auto& [key, preds] : all) {
    auto item = by_key.find(key);
    if (item == by_key.end()) continue;
    for (const auto& p : preds) {
      auto pred = by_key.find(p);
      if (pred != by_key.end() && EndsAfterStart(pred->second.end, item->second.start)) {
        out.insert(item->second.id);
      }
    }
  }
  return out;
}

std::vector<PlanItem> ItemsOfItsStrategy(SqlConnection& conn, const PlanItem& item) {
  std::vector<PlanItem> out;
  const auto stored = PlanItemStore(conn).List(item.strategy_id);
  for (const PlanItem* i : TreeOrder(BuildPlanTree(stored))) out.push_back(*i);
  return out;
}

ItemDependencies SetItemDependencies(SqlConnection& conn, const User& actor, int64_t id,
                                     const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) {
    throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  }
  std::vector<FieldProblem> problems;
  for (const auto& [k, v] : body.items()) {
    if (k != "depends_on") problems.push_back({k, "is not a known field", "unknown_field", {}});
  }
  std::vector<std::string> keys;
  auto list = body.find("depends_on");
  if (list == body.end() || !list->is_array()) {
    problems.push_back({"depends_on", "must be an array of plan item keys"});
  } else {
    for (size_t i = 0; i < list->size(); ++i) {
      if (!(*list)[i].is_string()) {
        problems.push_back({"depends_on[" + std::to_string(i) + "]", "must be a plan item key"});
      } else {
        keys.push_back((*list)[i].get<std::string>());
      }
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);

  WriteTransaction tx(conn);
  auto item = PlanItemStore(conn).FindById(id);
  if (!item) throw Failure(FailureCode::kNotFound, "no plan item with id " + std::to_string(id));
  if (!MayEditItem(actor, *item)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' may not change what item '" + item->key + "' waits for",
                  "depends_on");
  }
  auto items = PlanItemStore(conn).List(item->strategy_id);
  std::vector<std::string> known;
  std::map<std::string, int64_t> ids;
  for (const auto& i : items) {
    known.push_back(i.key);
    ids[i.key] = i.id;
  }
  for (auto& [field, reason] : PlanDependencyProblems(item->key, keys, known)) {
    problems.push_back({field, reason});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  PlanDependencyStore store(conn);
  auto all = store.ForStrategy(item->strategy_id);
  if (auto cycle = PlanDependencyCycleWith(all, item->key, keys)) {
    std::string keys_text;
    for (const auto& k : *cycle) keys_text += (keys_text.empty() ? "" : ",") + k;
    throw Failure(FailureCode::kConflict, "the dependencies would form a cycle: " + CycleText(*cycle),
                  "depends_on", "dependency_cycle", {{"cycle", CycleText(*cycle)}, {"keys", keys_text}});
  }
  std::vector<std::string> before = all.count(item->key) ? all[item->key] : std::vector<std::string>{};
  std::vector<int64_t> depends_on_ids;
  for (const auto& k : keys) depends_on_ids.push_back(ids.at(k));
  store.Replace(item->id, depends_on_ids);
  if (before != keys) {
    AuditLog(conn).Append({.actor = actor.name,
                           .entity = "plan_item",
                           .entity_id = std::to_string(id),
                           .action = "update",
                           .before = KeysJson(before),
                           .after = KeysJson(keys)});
  }
  ItemDependencies out = ReadItemDependencies(conn, *item);
  tx.Commit();
  return out;
}

}  // namespace fremdrift
