#include "storage/plan_item_store.h"

#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "storage/data_stamps.h"
#include "storage/in_list.h"
#include "storage/kept_rows.h"
#include "storage/plan_outline.h"

namespace fremdrift {
namespace {

constexpr const char* kPlanItemSelect =
    "SELECT id, strategy_id, parent_id, key, code, level, title, description, "
    "start_date, end_date, phase_from_key, phase_to_key, tentative, links, source, "
    "sort_order, version, rollup_weight FROM plan_items ";

// The order of every list of items.
const std::string kOrder = "strategy_id, level, sort_order, id";

SqlValue OptionalText(const ScheduleDate& d) {
  if (d.is_none()) return nullptr;
  return d.ToText();
}

ScheduleDate DateFromColumn(const SqlRow& r, size_t i) {
  if (r.IsNull(i)) return ScheduleDate::None();
  return ScheduleDate::Parse(r.Text(i)).value_or(ScheduleDate::None());
}

PlanItem PlanItemFromRow(const SqlRow& r) {
  PlanItem p;
  p.id = r.Int(0);
  p.strategy_id = r.Int(1);
  if (!r.IsNull(2)) p.parent_id = r.Int(2);
  p.key = r.Text(3);
  p.code = r.Text(4);
  p.level = static_cast<int>(r.Int(5));
  p.title = r.Text(6);
  p.description = r.Text(7);
  p.start = DateFromColumn(r, 8);
  p.end = DateFromColumn(r, 9);
  if (!r.IsNull(10) && !r.IsNull(11)) {
    p.phases = PhaseRange{r.Text(10), r.Text(11)};
  }
  p.tentative = r.Int(12) != 0;
  if (std::string links = r.Text(13); links != "[]") {
    for (const auto& l : nlohmann::json::parse(links)) {
      p.links.push_back({l.value("title", ""), l.value("url", "")});
    }
  }
  p.source = r.Text(14);
  p.sort_order = r.Int(15);
  p.version = r.Int(16);
  p.rollup_weight = r.Real(17);
  return p;
}

std::string LinksJson(const std::vector<Link>& links) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& l : links) a.push_back({{"title", l.title}, {"url", l.url}});
  return a.dump();
}

SqlParams ItemValues(const PlanItem& p) {
  SqlValue parent = nullptr;
  if (p.parent_id) parent = *p.parent_id;
  SqlValue from = nullptr, to = nullptr;
  if (p.phases) {
    from = p.phases->from;
    to = p.phases->to;
  }
  return {p.strategy_id, parent, p.key, p.code,
          static_cast<int64_t>(p.level), p.title, p.description,
          OptionalText(p.start), OptionalText(p.end), from, to,
          static_cast<int64_t>(p.tentative ? 1 : 0), LinksJson(p.links),
          p.source, p.sort_order, p.rollup_weight};
}

}  // namespace

std::vector<SqlRow> PlanItemStore::MembershipRows(const std::string& where, const SqlParams& params) {
  // Owners and user groups in one query (a round trip each on PostgreSQL),
  // told apart by the first column.
  std::string item_ids = "SELECT id FROM plan_items " + where;
  SqlParams both = params;
  both.insert(both.end(), params.begin(), params.end());
  return conn_.Query(
      "SELECT 0, o.item_id, g.short_name, o.position FROM plan_item_owners o "
      "JOIN organisations g ON g.id = o.organisation_id "
      "WHERE o.item_id IN (" + item_ids + ") "
      "UNION ALL "
      "SELECT 1, m.item_id, g.key, m.position FROM plan_item_user_groups m "
      "JOIN user_groups g ON g.id = m.user_group_id "
      "WHERE m.item_id IN (" + item_ids + ") ORDER BY 1, 2, 4",
      both);
}

// Outside a transaction each item is taken from the items kept in memory
// when they hold its current state (storage/kept_rows.h), and only the
// others are read.
std::vector<PlanItem> PlanItemStore::Load(const std::string& where, const SqlParams& params) {
  return KeptOrRead<PlanItem>(
      conn_, KeptPlanItems(),
      {"SELECT " + std::string(kBasisStampColumn) + ", id, version FROM plan_items " + where + " ORDER BY " + kOrder,
       params, [](const SqlRow& r) { return std::optional<KeptRowKey>({r.Int(1), r.Int(2), ""}); },
       [&] { return Read(where, params); },
       [&](const std::string& ids_where, const SqlParams& ids_params) { return Read(ids_where, ids_params); },
       [](const PlanItem& p) { return KeptRowKey{p.id, p.version, ""}; }});
}

std::vector<PlanItem> PlanItemStore::Read(const std::string& where, const SqlParams& params) {
  std::vector<PlanItem> items;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(
           kPlanItemSelect + where + " ORDER BY " + kOrder,
           params)) {
    index[r.Int(0)] = items.size();
    items.push_back(PlanItemFromRow(r));
  }
  if (items.empty()) return items;
  for (const auto& r : MembershipRows(where, params)) {
    PlanItem& item = items[index.at(r.Int(1))];
    (r.Int(0) == 0 ? item.owners : item.user_groups).push_back(r.Text(2));
  }
  return items;
}

std::vector<PlanItem> PlanItemStore::List(std::optional<int64_t> strategy_id) {
  if (strategy_id) return Load("WHERE strategy_id = ?", {*strategy_id});
  return Load("", {});
}

std::vector<PlanItem> PlanItemStore::ListAtLevel(int64_t strategy_id, int level) {
  return Load("WHERE strategy_id = ? AND level = ?", {strategy_id, static_cast<int64_t>(level)});
}

std::vector<PlanItem> PlanItemStore::ListAtLevel(const std::vector<int64_t>& strategy_ids, int level) {
  if (strategy_ids.empty()) return {};
  SqlParams params;
  const std::string ids = IdListOf(strategy_ids, params);
  params.push_back(static_cast<int64_t>(level));
  return Load("WHERE strategy_id IN (" + ids + ") AND level = ?", params);
}

std::vector<PlanItem> PlanItemStore::ListChildren(int64_t strategy_id, std::optional<int64_t> parent_id) {
  if (!parent_id) return Load("WHERE strategy_id = ? AND parent_id IS NULL", {strategy_id});
  return Load("WHERE strategy_id = ? AND parent_id = ?", {strategy_id, *parent_id});
}

std::optional<PlanItem> PlanItemStore::FindById(int64_t id) {
  auto items = Load("WHERE id = ?", {id});
  if (items.empty()) return std::nullopt;
  return items[0];
}

namespace {

// The item keys of each strategy, kept with the basis stamp they were read
// under. Keys of several databases (tests) may meet here: their stamps are
// random, so they never match.
struct KeptItemKeys {
  std::mutex mutex;
  std::map<int64_t, std::pair<int64_t, std::shared_ptr<const std::set<std::string>>>> by_strategy;
};

KeptItemKeys& SharedItemKeys() {
  static KeptItemKeys kept;
  return kept;
}

}  // namespace

std::shared_ptr<const std::set<std::string>> PlanItemStore::KeysOf(int64_t strategy_id) {
  const bool keep = !conn_.InTransaction();
  int64_t stamp = 0;
  KeptItemKeys& kept = SharedItemKeys();
  if (keep) {
    // Read before the keys, so that keys kept under it are never older.
    stamp = ReadDataStamps(conn_).basis;
    std::lock_guard lock(kept.mutex);
    auto it = kept.by_strategy.find(strategy_id);
    if (it != kept.by_strategy.end() && it->second.first == stamp) return it->second.second;
  }
  auto out = std::make_shared<std::set<std::string>>();
  for (const auto& r : conn_.Query("SELECT key FROM plan_items WHERE strategy_id = ?", {strategy_id})) {
    out->insert(r.Text(0));
  }
  if (keep) {
    std::lock_guard lock(kept.mutex);
    if (kept.by_strategy.size() >= 10000) kept.by_strategy.clear();
    kept.by_strategy[strategy_id] = {stamp, out};
  }
  return out;
}

std::optional<PlanItem> PlanItemStore::FindByKey(int64_t strategy_id,
                                                 const std::string& key) {
  auto items = Load("WHERE strategy_id = ? AND key = ?", {strategy_id, key});
  if (items.empty()) return std::nullopt;
  return items[0];
}

std::vector<PlanItem> PlanItemStore::Outline(int64_t strategy_id) { return ReadPlanOutline(conn_, strategy_id); }

std::vector<PlanItem> PlanItemStore::FindByIds(const std::vector<int64_t>& ids) {
  if (ids.empty()) return {};
  std::string list;
  for (int64_t id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);  // integers: safe to inline
  return Load("WHERE id IN (" + list + ")", {});
}

std::vector<PlanItem> PlanItemStore::FindByKeys(int64_t strategy_id, const std::set<std::string>& keys) {
  if (keys.empty()) return {};
  if (keys.size() > kMaxInListValues) {
    // Past the engines' limits on parameters: the whole plan, filtered.
    std::vector<PlanItem> out;
    for (auto& item : List(strategy_id)) {
      if (keys.count(item.key)) out.push_back(std::move(item));
    }
    return out;
  }
  SqlParams params{strategy_id};
  return Load("WHERE strategy_id = ? AND key IN (" + InListOf(keys, params) + ")", params);
}

void PlanItemStore::WriteMemberships(const PlanItem& item) {
  conn_.Execute("DELETE FROM plan_item_owners WHERE item_id = ?", {item.id});
  conn_.Execute("DELETE FROM plan_item_user_groups WHERE item_id = ?", {item.id});
  int64_t pos = 0;
  for (const auto& owner : item.owners) {
    auto org = conn_.Query("SELECT id FROM organisations WHERE short_name = ?",
                           {owner});
    if (org.empty()) {
      throw Failure(FailureCode::kInvalid, "unknown organisation '" + owner + "'",
                    "owners");
    }
    conn_.Execute(
        "INSERT INTO plan_item_owners (item_id, organisation_id, position) "
        "VALUES (?, ?, ?)",
        {item.id, org[0].Int(0), pos++});
  }
  pos = 0;
  for (const auto& key : item.user_groups) {
    auto group = conn_.Query("SELECT id FROM user_groups WHERE key = ?", {key});
    if (group.empty()) {
      throw Failure(FailureCode::kInvalid, "unknown user group '" + key + "'",
                    "user_groups");
    }
    conn_.Execute(
        "INSERT INTO plan_item_user_groups (item_id, user_group_id, position) "
        "VALUES (?, ?, ?)",
        {item.id, group[0].Int(0), pos++});
  }
}

int64_t PlanItemStore::Insert(const PlanItem& item) {
  auto rows = conn_.Query(
      "INSERT INTO plan_items (strategy_id, parent_id, key, code, level, title, "
      "description, start_date, end_date, phase_from_key, phase_to_key, tentative, "
      "links, source, sort_order, rollup_weight, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      ItemValues(item));
  PlanItem stored = item;
  stored.id = rows.at(0).Int(0);
  WriteMemberships(stored);
  return stored.id;
}

void PlanItemStore::Update(const PlanItem& item, const PlanItem* as_read) {
  SqlParams params = ItemValues(item);
  params.push_back(item.id);
  params.push_back(item.version);
  int64_t changed = conn_.Execute(
      "UPDATE plan_items SET strategy_id = ?, parent_id = ?, key = ?, code = ?, "
      "level = ?, title = ?, description = ?, start_date = ?, end_date = ?, "
      "phase_from_key = ?, phase_to_key = ?, tentative = ?, links = ?, source = ?, "
      "sort_order = ?, rollup_weight = ?, version = version + 1 WHERE id = ? AND version = ?",
      params);
  if (changed == 0) {
    auto current = conn_.Query("SELECT version FROM plan_items WHERE id = ?",
                               {item.id});
    if (current.empty()) {
      throw Failure(FailureCode::kNotFound,
                    "no plan item with id " + std::to_string(item.id));
    }
    throw Failure(FailureCode::kConflict,
                  "plan item " + std::to_string(item.id) +
                      " was changed by someone else: you sent version " +
                      std::to_string(item.version) + ", the current version is " +
                      std::to_string(current[0].Int(0)),
                  "version");
  }
  // Rewritten only when they change: rows deleted and written again, even
  // the same ones, tell the round's basis that the plan changed
  // (app/expected_report_basis.h), and an edit of a title or a text does
  // not change who reports on what.
  const bool same = as_read && as_read->id == item.id && as_read->version == item.version
                        ? as_read->owners == item.owners && as_read->user_groups == item.user_groups
                        : SameMemberships(item);
  if (!same) WriteMemberships(item);
}

bool PlanItemStore::SameMemberships(const PlanItem& item) {
  std::vector<std::string> owners, groups;
  for (const auto& r : MembershipRows("WHERE id = ?", {item.id})) {
    (r.Int(0) == 0 ? owners : groups).push_back(r.Text(2));
  }
  return owners == item.owners && groups == item.user_groups;
}

void PlanItemStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  auto current = conn_.Query("SELECT version FROM plan_items WHERE id = ?", {id});
  if (current.empty()) {
    throw Failure(FailureCode::kNotFound, "no plan item with id " + std::to_string(id));
  }
  if (expected_version && current[0].Int(0) != *expected_version) {
    throw Failure(FailureCode::kConflict,
                  "plan item " + std::to_string(id) +
                      " was changed by someone else: the current version is " +
                      std::to_string(current[0].Int(0)),
                  "version");
  }
  auto children = conn_.Query(
      "SELECT id, title FROM plan_items WHERE parent_id = ? ORDER BY sort_order, id",
      {id});
  if (!children.empty()) {
    std::string list;
    for (const auto& c : children) {
      if (!list.empty()) list += ", ";
      list += std::to_string(c.Int(0)) + " \"" + c.Text(1) + "\"";
    }
    throw Failure(FailureCode::kConflict,
                  "plan item " + std::to_string(id) + " is the parent of " +
                      std::to_string(children.size()) + " item(s): " + list,
                  "", "item_has_children", {{"count", std::to_string(children.size())}, {"items", list}});
  }
  int64_t changed = expected_version
      ? conn_.Execute("DELETE FROM plan_items WHERE id = ? AND version = ?",
                      {id, *expected_version})
      : conn_.Execute("DELETE FROM plan_items WHERE id = ?", {id});
  if (changed == 0) {
    throw Failure(FailureCode::kConflict,
                  "plan item " + std::to_string(id) + " changed while deleting it",
                  "version");
  }
}

}  // namespace fremdrift
