// Plan items in the database, with their owners and user groups.
//
// Updates are optimistic: Update() succeeds only when the stored version
// equals the caller's, and bumps it, so two writers that read the same
// version get one success and one kConflict, across processes too.
#pragma once

#include <optional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "domain/plan_item.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class PlanItemStore {
 public:
  explicit PlanItemStore(SqlConnection& conn) : conn_(conn) {}

  // The items of one strategy, or of all strategies when nullopt, ordered
  // by strategy, level, sort order and id.
  std::vector<PlanItem> List(std::optional<int64_t> strategy_id);
  // The items of one level of a strategy (level 1: its goals), without
  // reading the rest of a large plan.
  std::vector<PlanItem> ListAtLevel(int64_t strategy_id, int level);
  // The same for several strategies in one statement, in the store's order.
  std::vector<PlanItem> ListAtLevel(const std::vector<int64_t>& strategy_ids, int level);
  // The children of `parent_id` in a strategy (nullopt: its top items).
  std::vector<PlanItem> ListChildren(int64_t strategy_id, std::optional<int64_t> parent_id);
  std::optional<PlanItem> FindById(int64_t id);
  std::optional<PlanItem> FindByKey(int64_t strategy_id, const std::string& key);
  // The items of a strategy with these keys (unknown keys left out), in
  // List's order, without reading the rest of a large plan.
  std::vector<PlanItem> FindByKeys(int64_t strategy_id, const std::set<std::string>& keys);
  // The items with these ids, in List's order.
  std::vector<PlanItem> FindByIds(const std::vector<int64_t>& ids);
  // The items of a strategy with only what places them in the plan: id,
  // strategy, parent, key, code, level, title, sort order and roll-up
  // weight (no description, dates, phases, links, owners or user groups),
  // in List's order: the tree of a large plan, cheaply
  // (storage/plan_outline.h ReadPlanOutline, which also sets the version).
  std::vector<PlanItem> Outline(int64_t strategy_id);
  // The keys of strategy `strategy_id`'s items. Outside a transaction they
  // are kept in memory under the basis stamp (storage/kept_rows.h), which
  // every insert, delete or new key of an item renews: then they cost one
  // small query, the stamp, instead of reading every key.
  std::shared_ptr<const std::set<std::string>> KeysOf(int64_t strategy_id);

  // Inserts `item` (its id and version are ignored) and returns the new id.
  // Unknown owners or user groups throw kInvalid naming the field.
  int64_t Insert(const PlanItem& item);

  // Replaces the stored item `item.id` if its version is `item.version`;
  // the stored version becomes item.version + 1. Throws kNotFound or
  // kConflict (stale version). `as_read`, when given, is the item as the
  // same transaction read it: when its version is `item.version`, its
  // owners and user groups are the stored ones, and are not read again to
  // see whether `item` changes them.
  void Update(const PlanItem& item, const PlanItem* as_read = nullptr);

  // Deletes the item. Throws kNotFound, kConflict for a stale
  // `expected_version` (when given), and kConflict naming the children when
  // other items still refer to it as their parent.
  void Delete(int64_t id, std::optional<int64_t> expected_version);

 private:
  void WriteMemberships(const PlanItem& item);
  // Whether the item's stored owners and user groups are `item`'s, in order.
  bool SameMemberships(const PlanItem& item);
  std::vector<PlanItem> Load(const std::string& where, const SqlParams& params);
  // Load without the plan items kept in memory (storage/kept_rows.h).
  std::vector<PlanItem> Read(const std::string& where, const SqlParams& params);
  // (kind 0 owner / 1 user group, item id, short name or key, position) of
  // the items `where` selects, by kind, item and position.
  std::vector<SqlRow> MembershipRows(const std::string& where, const SqlParams& params);

  SqlConnection& conn_;
};

}  // namespace fremdrift
