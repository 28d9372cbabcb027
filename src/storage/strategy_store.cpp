#include "storage/strategy_store.h"

#include <nlohmann/json.hpp>

namespace fremdrift {
namespace {

constexpr const char* kStrategySelect =
    "SELECT id, key, name, period_start, period_end, vision, published, "
    "level_names, source, status_scale, rollup_rule, cadence, phase_scale FROM strategies ";

Strategy StrategyFromRow(const SqlRow& r) {
  Strategy s;
  s.id = r.Int(0);
  s.key = r.Text(1);
  s.name = r.Text(2);
  s.period_start = static_cast<int>(r.Int(3));
  s.period_end = static_cast<int>(r.Int(4));
  s.vision = r.Text(5);
  s.published = r.Int(6) != 0;
  s.level_names = nlohmann::json::parse(r.Text(7)).get<std::vector<std::string>>();
  s.source = r.Text(8);
  s.status_scale = r.Text(9);
  s.rollup_rule = r.Text(10);
  s.cadence = r.Text(11);
  s.phase_scale = r.Text(12);
  return s;
}

std::optional<Strategy> First(const std::vector<SqlRow>& rows) {
  if (rows.empty()) return std::nullopt;
  return StrategyFromRow(rows[0]);
}

}  // namespace

std::vector<Strategy> StrategyStore::List(ListScope scope) {
  std::string sql = kStrategySelect;
  if (scope == ListScope::kPublished) sql += "WHERE published = 1 ";
  sql += "ORDER BY period_start DESC, key";
  std::vector<Strategy> out;
  for (const auto& r : conn_.Query(sql)) out.push_back(StrategyFromRow(r));
  return out;
}

std::optional<Strategy> StrategyStore::FindById(int64_t id) {
  return First(conn_.Query(std::string(kStrategySelect) + "WHERE id = ?", {id}));
}

std::optional<Strategy> StrategyStore::FindByKey(const std::string& key) {
  return First(conn_.Query(std::string(kStrategySelect) + "WHERE key = ?", {key}));
}

int64_t StrategyStore::Upsert(const Strategy& s) {
  auto rows = conn_.Query(
      "INSERT INTO strategies (key, name, period_start, period_end, vision, "
      "published, level_names, source, status_scale, rollup_rule, cadence, phase_scale) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (key) DO UPDATE SET name = excluded.name, "
      "period_start = excluded.period_start, period_end = excluded.period_end, "
      "vision = excluded.vision, published = excluded.published, "
      "level_names = excluded.level_names, source = excluded.source, "
      "status_scale = excluded.status_scale, rollup_rule = excluded.rollup_rule, "
      "cadence = excluded.cadence, phase_scale = excluded.phase_scale "
      "RETURNING id",
      {s.key, s.name, static_cast<int64_t>(s.period_start),
       static_cast<int64_t>(s.period_end), s.vision,
       static_cast<int64_t>(s.published ? 1 : 0),
       nlohmann::json(s.level_names).dump(), s.source, s.status_scale, s.rollup_rule, s.cadence,
       s.phase_scale});
  return rows.at(0).Int(0);
}

}  // namespace fremdrift
