#include "storage/status_scale_store.h"

#include <map>

namespace fremdrift {
namespace {

StatusScaleRecord Head(const SqlRow& r) {
  StatusScaleRecord s;
  s.key = r.Text(1);
  s.name_nb = r.Text(2);
  s.name_en = r.Text(3);
  s.source = r.Text(4);
  s.good_end = r.Text(5) == "last" ? GoodEnd::kLast : GoodEnd::kFirst;
  return s;
}

// A level from the columns key, name_nb, name_en, colour, shape at `from`.
StatusLevel Level(const SqlRow& r, size_t from) {
  return {r.Text(from), r.Text(from + 1), r.Text(from + 2), r.Text(from + 3),
          StatusShapeFromKey(r.Text(from + 4)).value_or(StatusShape::kCircle)};
}

std::vector<std::string> Column(const std::vector<SqlRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.Text(0));
  return out;
}

}  // namespace

std::vector<StatusScaleRecord> StatusScaleStore::List() {
  std::vector<StatusScaleRecord> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(
           "SELECT id, key, name_nb, name_en, source, good_end FROM status_scales ORDER BY key")) {
    index[r.Int(0)] = out.size();
    out.push_back(Head(r));
  }
  for (const auto& r : conn_.Query("SELECT scale_id, key, name_nb, name_en, colour, shape FROM status_scale_levels "
                                   "ORDER BY scale_id, position")) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) out[it->second].levels.push_back(Level(r, 1));
  }
  return out;
}

std::optional<StatusScaleRecord> StatusScaleStore::Find(const std::string& key) {
  auto rows = conn_.Query(
      "SELECT id, key, name_nb, name_en, source, good_end FROM status_scales WHERE key = ?", {key});
  if (rows.empty()) return std::nullopt;
  StatusScaleRecord s = Head(rows[0]);
  for (const auto& r : conn_.Query("SELECT key, name_nb, name_en, colour, shape FROM status_scale_levels "
                                   "WHERE scale_id = ? ORDER BY position",
                                   {rows[0].Int(0)})) {
    s.levels.push_back(Level(r, 0));
  }
  return s;
}

void StatusScaleStore::Upsert(const StatusScaleRecord& record) {
  auto rows = conn_.Query(
      "INSERT INTO status_scales (key, name_nb, name_en, source, good_end) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (key) DO UPDATE SET name_nb = excluded.name_nb, name_en = excluded.name_en, "
      "source = excluded.source, good_end = excluded.good_end RETURNING id",
      {record.key, record.name_nb, record.name_en, record.source,
       std::string(record.good_end == GoodEnd::kLast ? "last" : "first")});
  int64_t id = rows.at(0).Int(0);
  conn_.Execute("DELETE FROM status_scale_levels WHERE scale_id = ?", {id});
  int64_t position = 0;
  for (const auto& l : record.levels) {
    conn_.Execute(
        "INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, position++, l.key, l.name_nb, l.name_en, l.colour, std::string(StatusShapeKey(l.shape))});
  }
}

std::vector<std::string> StatusScaleStore::StatusesInUse(const std::string& key) {
  return Column(conn_.Query(
      "SELECT a.status FROM assessments a JOIN reporting_periods p ON p.id = a.period_id "
      "JOIN strategies s ON s.id = p.strategy_id WHERE s.status_scale = ? "
      "UNION SELECT a.suggested_status FROM assessments a JOIN reporting_periods p ON p.id = a.period_id "
      "JOIN strategies s ON s.id = p.strategy_id WHERE s.status_scale = ? AND a.suggested_status <> '' "
      "UNION SELECT q.answer FROM strategy_evaluation_questions q "
      "JOIN strategy_evaluations e ON e.id = q.evaluation_id JOIN status_scales c ON c.id = e.status_scale_id "
      "WHERE c.key = ? "
      "ORDER BY 1",
      {key, key, key}));
}

std::vector<std::string> StatusScaleStore::StatusesOfStrategy(int64_t strategy_id) {
  return Column(conn_.Query(
      "SELECT a.status FROM assessments a JOIN reporting_periods p ON p.id = a.period_id "
      "WHERE p.strategy_id = ? "
      "UNION SELECT a.suggested_status FROM assessments a JOIN reporting_periods p ON p.id = a.period_id "
      "WHERE p.strategy_id = ? AND a.suggested_status <> '' ORDER BY 1",
      {strategy_id, strategy_id}));
}

}  // namespace fremdrift
