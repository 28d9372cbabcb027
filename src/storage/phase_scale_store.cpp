#include "storage/phase_scale_store.h"

#include <map>

namespace fremdrift {

std::vector<PhaseScale> PhaseScaleStore::List() {
  std::vector<PhaseScale> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query("SELECT id, key, name_nb, name_en, source FROM phase_scales ORDER BY key")) {
    index[r.Int(0)] = out.size();
    out.push_back({r.Text(1), r.Text(2), r.Text(3), r.Text(4), {}});
  }
  for (const auto& r : conn_.Query(
           "SELECT scale_id, key, name_nb, name_en FROM phase_scale_phases ORDER BY scale_id, position")) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) out[it->second].phases.push_back({r.Text(1), r.Text(2), r.Text(3)});
  }
  return out;
}

std::optional<PhaseScale> PhaseScaleStore::Find(const std::string& key) {
  // The scale with its phases in one statement: a row per phase, or one
  // row without a phase.
  auto rows = conn_.Query(
      "SELECT s.key, s.name_nb, s.name_en, s.source, p.key, p.name_nb, p.name_en FROM phase_scales s "
      "LEFT JOIN phase_scale_phases p ON p.scale_id = s.id WHERE s.key = ? ORDER BY p.position",
      {key});
  if (rows.empty()) return std::nullopt;
  PhaseScale s{rows[0].Text(0), rows[0].Text(1), rows[0].Text(2), rows[0].Text(3), {}};
  for (const auto& r : rows) {
    if (!r.IsNull(4)) s.phases.push_back({r.Text(4), r.Text(5), r.Text(6)});
  }
  return s;
}

void PhaseScaleStore::Upsert(const PhaseScale& scale) {
  auto rows = conn_.Query(
      "INSERT INTO phase_scales (key, name_nb, name_en, source) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (key) DO UPDATE SET name_nb = excluded.name_nb, name_en = excluded.name_en, "
      "source = excluded.source RETURNING id",
      {scale.key, scale.name_nb, scale.name_en, scale.source});
  int64_t id = rows.at(0).Int(0);
  conn_.Execute("DELETE FROM phase_scale_phases WHERE scale_id = ?", {id});
  int64_t position = 0;
  for (const auto& p : scale.phases) {
    conn_.Execute(
        "INSERT INTO phase_scale_phases (scale_id, position, key, name_nb, name_en) VALUES (?, ?, ?, ?, ?)",
        {id, position++, p.key, p.name_nb, p.name_en});
  }
}

std::vector<std::string> PhaseScaleStore::PhaseKeysInUse(const std::string& key) {
  std::vector<std::string> out;
  for (const auto& r : conn_.Query(
           "SELECT phase_from_key FROM plan_items i JOIN strategies s ON s.id = i.strategy_id "
           "WHERE s.phase_scale = ? AND i.phase_from_key IS NOT NULL "
           "UNION SELECT phase_to_key FROM plan_items i JOIN strategies s ON s.id = i.strategy_id "
           "WHERE s.phase_scale = ? AND i.phase_to_key IS NOT NULL ORDER BY 1",
           {key, key})) {
    out.push_back(r.Text(0));
  }
  return out;
}

}  // namespace fremdrift
