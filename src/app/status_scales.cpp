#include "app/status_scales.h"

#include "formats/status_scale_json.h"
#include "storage/audit_log.h"
#include "storage/status_scale_store.h"

namespace fremdrift {
namespace {

std::string Joined(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

}  // namespace

StatusScale StatusScaleOf(SqlConnection& conn, const Strategy& strategy) {
  StatusScaleStore store(conn);
  if (auto r = store.Find(strategy.status_scale)) return StatusScale::FromRecord(*r);
  if (auto r = store.Find(std::string(kDefaultStatusScale))) return StatusScale::FromRecord(*r);
  return *StatusScale::Named(kDefaultStatusScale);
}

std::vector<StatusScaleRecord> StatusScaleRecordsStored(SqlConnection& conn) {
  return StatusScaleStore(conn).List();
}

std::optional<StatusScaleRecord> FindStatusScale(SqlConnection& conn, const std::string& key) {
  return StatusScaleStore(conn).Find(key);
}

void ImportStatusScales(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                        const std::string& actor, std::vector<FieldProblem>& problems, ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array"});
    return;
  }
  StatusScaleStore store(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    size_t before = problems.size();
    StatusScaleRecord record = StatusScaleFromJson(list[i], p + ".", problems);
    if (problems.size() != before) continue;
    auto off = StatusesOffScale(record, store.StatusesInUse(record.key));
    if (!off.empty()) {
      problems.push_back({p + ".levels",
                          "assessments or evaluations on scale " + record.key +
                              " still hold levels this change drops: " + Joined(off),
                          "status_level_in_use",
                          {{"scale", record.key}, {"levels", Joined(off)}}});
      continue;
    }
    auto stored = store.Find(record.key);
    if (stored && *stored == record) {
      ++summary.ignored;  // identical: nothing to write (the built-in scales of every export)
      continue;
    }
    store.Upsert(record);
    summary.CountRecord("status_scales", !stored);
    AuditLog(conn).Append({.actor = actor,
                           .entity = "status_scale",
                           .entity_id = record.key,
                           .action = "import",
                           .before = stored ? StatusScaleToJson(*stored).dump() : "",
                           .after = StatusScaleToJson(record).dump()});
  }
}

void CheckStrategyStatusScale(SqlConnection& conn, const std::optional<Strategy>& stored,
                              const std::string& scale_key, const std::string& field,
                              std::vector<FieldProblem>& problems) {
  StatusScaleStore store(conn);
  auto record = store.Find(scale_key);
  if (!record) {
    problems.push_back({field, "no status scale '" + scale_key + "' (give it in the section status_scales)",
                        "not_a_status_scale", {{"scale", scale_key}}});
    return;
  }
  if (!stored || stored->status_scale == scale_key) return;
  auto off = StatusesOffScale(*record, store.StatusesOfStrategy(stored->id));
  if (!off.empty()) {
    problems.push_back({field,
                        "the strategy's assessments hold statuses that are not on " + scale_key + ": " + Joined(off),
                        "status_off_scale", {{"scale", scale_key}, {"levels", Joined(off)}}});
  }
}

nlohmann::ordered_json ExportStatusScales(SqlConnection& conn) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& r : StatusScaleStore(conn).List()) out.push_back(StatusScaleToJson(r));
  return out;
}

}  // namespace fremdrift
