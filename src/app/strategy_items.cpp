#include "app/strategy_items.h"

#include <set>

#include "domain/failure.h"
#include "storage/plan_item_store.h"
#include "storage/plan_outline.h"

namespace fremdrift {
namespace {

void RequireSeen(const Viewer& viewer, const Strategy& strategy) {
  if (!MaySee(viewer, strategy)) {
    throw Failure(FailureCode::kNotFound, "no strategy '" + strategy.key + "'", "strategy");
  }
}

}  // namespace

std::vector<PlanItem> VisibleItemsOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy) {
  RequireSeen(viewer, strategy);
  return PlanItemStore(conn).List(strategy.id);
}

std::vector<PlanItem> VisibleOutlineOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy) {
  RequireSeen(viewer, strategy);
  return ReadPlanOutline(conn, strategy.id);
}

std::vector<PlanItem> VisibleLevelOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy, int level) {
  RequireSeen(viewer, strategy);
  return PlanItemStore(conn).ListAtLevel(strategy.id, level);
}

std::map<int64_t, std::vector<PlanItem>> VisibleLevelsOf(SqlConnection& conn, const Viewer& viewer,
                                                         const std::vector<Strategy>& strategies, int level) {
  std::vector<int64_t> ids;
  for (const auto& s : strategies) {
    if (MaySee(viewer, s)) ids.push_back(s.id);
  }
  std::map<int64_t, std::vector<PlanItem>> out;
  for (int64_t id : ids) out[id];
  for (auto& item : PlanItemStore(conn).ListAtLevel(ids, level)) out[item.strategy_id].push_back(std::move(item));
  return out;
}

std::vector<PlanItem> VisibleItems(SqlConnection& conn, const Viewer& viewer, std::optional<int64_t> strategy_id) {
  std::set<int64_t> seen;
  for (const auto& s : Visibility(conn, viewer).Strategies()) seen.insert(s.id);
  std::vector<PlanItem> out;
  if (strategy_id && !seen.count(*strategy_id)) return out;
  for (auto& i : PlanItemStore(conn).List(strategy_id)) {
    if (seen.count(i.strategy_id)) out.push_back(std::move(i));
  }
  return out;
}

std::optional<PlanItem> VisibleParentOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy,
                                        const PlanItem& item) {
  RequireSeen(viewer, strategy);
  if (!item.parent_id) return std::nullopt;
  return PlanItemStore(conn).FindById(*item.parent_id);
}

std::optional<PlanItem> VisibleItemByKey(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy,
                                         const std::string& key) {
  RequireSeen(viewer, strategy);
  return PlanItemStore(conn).FindByKey(strategy.id, key);
}

ItemInPlace VisibleItemInPlace(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy,
                               const std::string& key) {
  RequireSeen(viewer, strategy);
  PlanItemStore store(conn);
  auto found = store.FindByKey(strategy.id, key);
  if (!found) {
    throw Failure(FailureCode::kNotFound, "strategy '" + strategy.key + "' has no item '" + key + "'", "item");
  }
  ItemInPlace out;
  out.line.push_back(*found);
  constexpr size_t kLongestLine = 64;  // far beyond any plan; stops a cycle
  for (auto parent = found->parent_id; parent && out.line.size() < kLongestLine;) {
    auto p = store.FindById(*parent);
    if (!p || p->strategy_id != strategy.id) break;
    parent = p->parent_id;
    out.line.push_back(std::move(*p));
  }
  out.children = store.ListChildren(strategy.id, found->id);
  return out;
}

}  // namespace fremdrift
