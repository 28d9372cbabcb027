#include "app/expected_report_basis.h"

#include <algorithm>
#include <mutex>

#include "domain/plan_tree.h"
#include "storage/indicator_store.h"
#include "storage/plan_item_store.h"
#include "storage/round_store.h"

namespace fremdrift {
namespace {

RoundBasis BuildBasis(SqlConnection& conn, const Strategy& strategy) {
  RoundStore rounds(conn);
  RoundBasis basis;
  std::vector<int> levels = rounds.ReportingLevels(strategy.id);
  auto responsibles = rounds.IndicatorResponsibles();
  auto items = PlanItemStore(conn).List(strategy.id);
  auto tree = BuildPlanTree(items);
  for (const auto& root : tree) {
    if (root.item->level == 1) basis.goals.push_back({root.item->key, root.item->code, root.item->title});
  }
  std::map<int64_t, const PlanItem*> by_id;
  for (const auto& i : items) by_id[i.id] = &i;
  auto goal_of = [&](const PlanItem& item) {
    const PlanItem* at = &item;
    for (int guard = 0; at->parent_id && by_id.count(*at->parent_id) && guard < 64; ++guard) {
      at = by_id[*at->parent_id];
    }
    return at->level == 1 ? at->key : std::string();
  };
  std::map<std::string, std::string> goal_of_key;
  int order = 0;
  for (const PlanItem* item : TreeOrder(tree)) {
    goal_of_key[item->key] = goal_of(*item);
    ++order;
    if (std::find(levels.begin(), levels.end(), item->level) == levels.end()) continue;
    ExpectedReport r;
    r.subject = {SubjectKind::kItem, item->key};
    r.code = item->code;
    r.title = item->title;
    r.owners = item->owners;
    r.goal_key = goal_of_key[item->key];
    r.order = order;
    basis.reports.push_back(r);
  }
  if (!responsibles.empty()) {
    for (const auto& ind : IndicatorStore(conn).List(ListScope::kAll)) {
      auto it = responsibles.find(ind.code);
      if (it == responsibles.end()) continue;
      ExpectedReport r;
      r.subject = {SubjectKind::kIndicator, ind.code};
      r.code = ind.code;
      r.title = ind.name;
      r.owners = {it->second};
      r.order = ++order;
      // The first goal it serves directly, else the goal of an item it serves.
      bool serves_strategy = false;
      for (const auto& s : ind.serves) {
        if (s.strategy != strategy.key) continue;
        serves_strategy = true;
        if (!goal_of_key.count(s.item)) continue;
        if (goal_of_key[s.item] == s.item) {
          r.goal_key = s.item;
          break;
        }
        if (r.goal_key.empty()) r.goal_key = goal_of_key[s.item];
      }
      if (serves_strategy) basis.reports.push_back(r);
    }
  }
  for (size_t i = 0; i < basis.reports.size(); ++i) {
    for (const auto& owner : basis.reports[i].owners) basis.by_owner[owner].push_back(i);
    basis.by_subject[basis.reports[i].subject] = i;
  }
  return basis;
}

struct CachedBasis {
  int64_t stamp = 0;
  std::shared_ptr<const RoundBasis> basis;
};

std::mutex cache_mutex;
std::map<int64_t, CachedBasis> cache;  // by strategy id

}  // namespace

std::shared_ptr<const RoundBasis> RoundBasisOf(SqlConnection& conn, const Strategy& strategy) {
  // The stamp first: a basis built from rows newer than its stamp is only
  // ever served early, never stale (docs/reporting.md, "Performance").
  int64_t stamp = RoundStore(conn).BasisStamp();
  {
    std::lock_guard lock(cache_mutex);
    auto it = cache.find(strategy.id);
    if (it != cache.end() && it->second.stamp == stamp) return it->second.basis;
  }
  auto basis = std::make_shared<const RoundBasis>(BuildBasis(conn, strategy));
  std::lock_guard lock(cache_mutex);
  cache[strategy.id] = {stamp, basis};
  return basis;
}

}  // namespace fremdrift
