#include "storage/benefit_store.h"

#include <map>

#include "domain/failure.h"
#include "storage/column_values.h"
#include "storage/keyed_upsert.h"
#include "storage/plan_item_ref.h"

namespace fremdrift {

std::vector<Benefit> BenefitStore::List() {
  std::vector<Benefit> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(
           "SELECT b.id, b.key, b.description, b.kind, COALESCE(o.short_name, ''), COALESCE(i.code, ''), "
           "b.baseline, b.target, b.target_date, b.state, b.comment, b.version FROM benefits b "
           "LEFT JOIN organisations o ON o.id = b.owner_organisation_id "
           "LEFT JOIN indicators i ON i.id = b.indicator_id ORDER BY b.key")) {
    Benefit b;
    b.id = r.Int(0);
    b.key = r.Text(1);
    b.description = r.Text(2);
    b.kind = ParseBenefitKind(r.Text(3)).value_or(BenefitKind::kOther);
    b.owner = r.Text(4);
    b.indicator = r.Text(5);
    b.baseline = r.Text(6);
    b.target = r.Text(7);
    b.by = Date::Parse(r.Text(8));
    b.state = ParseBenefitState(r.Text(9)).value_or(BenefitState::kPlanned);
    b.comment = r.Text(10);
    b.version = r.Int(11);
    index[b.id] = out.size();
    out.push_back(std::move(b));
  }
  for (const auto& r : conn_.Query(
           "SELECT bi.benefit_id, s.key || '/' || p.key FROM benefit_items bi "
           "JOIN plan_items p ON p.id = bi.plan_item_id JOIN strategies s ON s.id = p.strategy_id "
           "ORDER BY bi.benefit_id, bi.position")) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) out[it->second].items.push_back(r.Text(1));
  }
  return out;
}

std::optional<Benefit> BenefitStore::FindByKey(const std::string& key) {
  for (auto& b : List()) {
    if (b.key == key) return std::move(b);
  }
  return std::nullopt;
}

void BenefitStore::Upsert(const Benefit& b, std::optional<int64_t> expected_version) {
  std::vector<int64_t> item_ids;
  for (size_t i = 0; i < b.items.size(); ++i) {
    auto id = PlanItemIdByRef(conn_, b.items[i]);
    if (!id) {
      throw Failure(FailureCode::kInvalid, "no plan item '" + b.items[i] + "' (strategy/item)",
                    "items[" + std::to_string(i) + "]", "unknown_plan_item", {{"item", b.items[i]}});
    }
    item_ids.push_back(*id);
  }
  std::optional<int64_t> owner, indicator;
  if (!b.owner.empty()) {
    auto rows = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {b.owner});
    if (rows.empty()) {
      throw Failure(FailureCode::kInvalid, "no organisation '" + b.owner + "'", "owner", "unknown_organisation",
                    {{"organisation", b.owner}});
    }
    owner = rows[0].Int(0);
  }
  if (!b.indicator.empty()) {
    auto rows = conn_.Query("SELECT id FROM indicators WHERE code = ?", {b.indicator});
    if (rows.empty()) {
      throw Failure(FailureCode::kInvalid, "no indicator '" + b.indicator + "'", "indicator", "unknown_indicator",
                    {{"indicator", b.indicator}});
    }
    indicator = rows[0].Int(0);
  }
  SqlParams values{b.description, std::string(BenefitKindKey(b.kind)), Nullable(owner), Nullable(indicator),
                   b.baseline, b.target, b.by ? b.by->ToIso() : std::string(),
                   std::string(BenefitStateKey(b.state)), b.comment};
  KeyedUpsert(conn_, "benefits",
              {"description", "kind", "owner_organisation_id", "indicator_id", "baseline", "target", "target_date",
               "state", "comment"},
              values, b.key, expected_version, "benefit");
  int64_t id = conn_.Query("SELECT id FROM benefits WHERE key = ?", {b.key})[0].Int(0);
  conn_.Execute("DELETE FROM benefit_items WHERE benefit_id = ?", {id});
  for (size_t i = 0; i < item_ids.size(); ++i) {
    conn_.Execute("INSERT INTO benefit_items (benefit_id, plan_item_id, position) VALUES (?, ?, ?)",
                  {id, item_ids[i], static_cast<int64_t>(i)});
  }
}

bool BenefitStore::Delete(const std::string& key, std::optional<int64_t> expected_version) {
  SqlParams params{key};
  if (expected_version) params.push_back(*expected_version);
  // benefit_items go with it (ON DELETE CASCADE).
  int64_t gone = conn_.Execute(
      std::string("DELETE FROM benefits WHERE key = ?") + (expected_version ? " AND version = ?" : ""), params);
  if (gone > 0) return true;
  if (expected_version && FindByKey(key)) {
    throw Failure(FailureCode::kConflict, "benefit '" + key + "' is not at version " +
                                              std::to_string(*expected_version), "version");
  }
  return false;
}

}  // namespace fremdrift
