#include "app/phase_scales.h"

#include "formats/phase_scale_json.h"
#include "storage/audit_log.h"
#include "storage/phase_scale_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {

PhaseScale PhaseScaleOf(SqlConnection& conn, const Strategy& strategy) {
  return PhaseScaleStore(conn).Find(strategy.phase_scale).value_or(DefaultPhaseScale());
}

PhaseScale PhaseScaleOfStrategyId(SqlConnection& conn, int64_t strategy_id) {
  auto strategy = StrategyStore(conn).FindById(strategy_id);
  return strategy ? PhaseScaleOf(conn, *strategy) : DefaultPhaseScale();
}

std::map<std::string, PhaseScale> PhaseScalesByKey(SqlConnection& conn) {
  std::map<std::string, PhaseScale> out;
  for (auto& s : PhaseScaleStore(conn).List()) out.emplace(s.key, std::move(s));
  return out;
}

std::map<int64_t, PhaseScale> PhaseScalesOf(SqlConnection& conn, const std::vector<Strategy>& strategies) {
  auto all = PhaseScalesByKey(conn);
  std::map<int64_t, PhaseScale> out;
  for (const auto& s : strategies) {
    auto it = all.find(s.phase_scale);
    out.emplace(s.id, it == all.end() ? DefaultPhaseScale() : it->second);
  }
  return out;
}

void ImportPhaseScales(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                       const std::string& actor, std::vector<FieldProblem>& problems, ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array"});
    return;
  }
  PhaseScaleStore store(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    size_t before = problems.size();
    PhaseScale scale = PhaseScaleFromJson(list[i], p + ".", problems);
    if (problems.size() != before) continue;
    auto missing = PhasesMissingFrom(scale, store.PhaseKeysInUse(scale.key));
    if (!missing.empty()) {
      std::string keys;
      for (const auto& k : missing) keys += (keys.empty() ? "" : ", ") + k;
      problems.push_back({p + ".phases",
                          "items of strategies on scale " + scale.key + " still hold phases this change drops: " + keys,
                          "phase_in_use", {}});
      continue;
    }
    auto stored = store.Find(scale.key);
    if (stored && *stored == scale) {
      ++summary.ignored;  // identical: nothing to write (the default scale of every export)
      continue;
    }
    bool created = !stored;
    store.Upsert(scale);
    summary.CountRecord("phase_scales", created);
    AuditLog(conn).Append({.actor = actor,
                           .entity = "phase_scale",
                           .entity_id = scale.key,
                           .action = "import",
                           .after = PhaseScaleToJson(scale).dump()});
  }
}

nlohmann::ordered_json ExportPhaseScales(SqlConnection& conn) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& s : PhaseScaleStore(conn).List()) out.push_back(PhaseScaleToJson(s));
  return out;
}

}  // namespace fremdrift
