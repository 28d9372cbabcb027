#include "storage/measurement_store.h"

#include <set>

#include "domain/failure.h"

#include "storage/timestamp.h"

namespace fremdrift {
namespace {

SqlValue Nullable(const std::optional<double>& v) {
  if (v) return *v;
  return nullptr;
}

SqlValue Key(Qualifier q) { return std::string(QualifierKey(q)); }

// Whether any value of a group may be lower (higher) than stated, as SQL
// over the measurements' qualifier column.
constexpr const char* kMayBeLower = "MAX(CASE WHEN qualifier IN ('under', 'about') THEN 1 ELSE 0 END)";
constexpr const char* kMayBeHigher = "MAX(CASE WHEN qualifier IN ('over', 'about') THEN 1 ELSE 0 END)";

}  // namespace

UpsertOutcome MeasurementStore::Upsert(int64_t indicator_id, const StoredMeasurement& m) {
  // New rows take one statement; only a clash costs a second one.
  int64_t inserted = conn_.Execute(
      "INSERT INTO measurements (indicator_id, period, dim1, dim2, dim3, dim4, value, "
      "provisional, qualifier, note, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING",
      {indicator_id, m.period, m.dims[0], m.dims[1], m.dims[2], m.dims[3], Nullable(m.value),
       static_cast<int64_t>(m.provisional), Key(m.qualifier), m.note, m.source_ref});
  if (inserted > 0) return UpsertOutcome::kInserted;
  // "IS NOT" compares NULLs as values: NULL IS NOT NULL is false.
  int64_t updated = conn_.Execute(
      "UPDATE measurements SET value = ?, provisional = ?, qualifier = ?, note = ?, source_ref = ? "
      "WHERE indicator_id = ? AND period = ? AND dim1 = ? AND dim2 = ? AND dim3 = ? AND dim4 = ? "
      "AND (value IS DISTINCT FROM ? OR provisional <> ? OR qualifier <> ? OR note <> ? "
      "OR source_ref <> ?)",
      {Nullable(m.value), static_cast<int64_t>(m.provisional), Key(m.qualifier), m.note,
       m.source_ref, indicator_id, m.period, m.dims[0], m.dims[1], m.dims[2], m.dims[3],
       Nullable(m.value), static_cast<int64_t>(m.provisional), Key(m.qualifier), m.note,
       m.source_ref});
  return updated > 0 ? UpsertOutcome::kUpdated : UpsertOutcome::kUnchanged;
}

std::vector<UpsertOutcome> MeasurementStore::UpsertBatch(
    std::span<const std::pair<int64_t, StoredMeasurement>> rows) {
  std::vector<UpsertOutcome> out(rows.size(), UpsertOutcome::kUnchanged);
  if (rows.empty()) return out;
  std::string sql =
      "INSERT INTO measurements (indicator_id, period, dim1, dim2, dim3, dim4, value, "
      "provisional, qualifier, note, source_ref) VALUES ";
  SqlParams params;
  params.reserve(rows.size() * 11);
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& [id, m] = rows[i];
    sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    params.insert(params.end(), {id, m.period, m.dims[0], m.dims[1], m.dims[2], m.dims[3],
                                 Nullable(m.value), static_cast<int64_t>(m.provisional),
                                 Key(m.qualifier), m.note, m.source_ref});
  }
  sql += " ON CONFLICT DO NOTHING RETURNING indicator_id, period, dim1, dim2, dim3, dim4";
  // Keys inserted by this statement; each marks the first row with that key.
  std::multiset<std::string> inserted;
  auto key = [](int64_t id, const std::string& period, const std::array<std::string, 4>& d) {
    std::string k = std::to_string(id);
    for (const std::string* part : {&period, &d[0], &d[1], &d[2], &d[3]}) {
      k += '\x1f';
      k += *part;
    }
    return k;
  };
  for (const auto& r : conn_.Query(sql, params)) {
    inserted.insert(key(r.Int(0), r.Text(1), {r.Text(2), r.Text(3), r.Text(4), r.Text(5)}));
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    auto it = inserted.find(key(rows[i].first, rows[i].second.period, rows[i].second.dims));
    if (it != inserted.end()) {
      inserted.erase(it);
      out[i] = UpsertOutcome::kInserted;
    } else {
      out[i] = Upsert(rows[i].first, rows[i].second);
    }
  }
  return out;
}

void MeasurementStore::StartInsertNew(std::span<const std::pair<int64_t, StoredMeasurement>> rows) {
  conn_.ExecuteScript("SAVEPOINT insert_new");
  size_t next = 0;
  conn_.StartCopyRows("measurements",
                      {"indicator_id", "period", "dim1", "dim2", "dim3", "dim4", "value", "provisional",
                       "qualifier", "note", "source_ref"},
                      [&](SqlParams& row) {
                        if (next == rows.size()) return false;
                        const auto& [id, m] = rows[next++];
                        row.resize(11);
                        row[0] = id;
                        row[1] = m.period;
                        for (size_t i = 0; i < 4; ++i) row[2 + i] = m.dims[i];
                        row[6] = Nullable(m.value);
                        row[7] = int64_t{m.provisional ? 1 : 0};
                        row[8] = Key(m.qualifier);
                        row[9] = m.note;
                        row[10] = m.source_ref;
                        return true;
                      });
}

bool MeasurementStore::FinishInsertNew() {
  try {
    conn_.AwaitCopy();
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    conn_.ExecuteScript("ROLLBACK TO SAVEPOINT insert_new; RELEASE SAVEPOINT insert_new");
    return false;
  }
  conn_.ExecuteScript("RELEASE SAVEPOINT insert_new");
  return true;
}

void MeasurementStore::MarkDataChanged(int64_t id) {
  conn_.Execute("UPDATE indicators SET version = version + 1, data_updated_at = ? WHERE id = ?",
                {UtcNow(), id});
}

void MeasurementStore::RebuildPeriodAggregates(int64_t id, const std::string& period) {
  // The positions by name, so that the key's index (indicator, position,
  // period) finds the period's rows for each rather than scanning them all.
  conn_.Execute(
      "DELETE FROM measurement_aggregates WHERE indicator_id = ? AND dim_position IN (-1, 0, 1, 2, 3, 4) "
      "AND period = ?",
      {id, period});
  const std::string select =
      "SUM(value), COUNT(value), MIN(value), MAX(value), MAX(provisional), " +
      std::string(kMayBeLower) + ", " + kMayBeHigher +
      " FROM measurements WHERE indicator_id = ? AND period = ? AND value IS NOT NULL ";
  const std::string insert =
      "INSERT INTO measurement_aggregates (indicator_id, period, dim_position, dim_value, total, "
      "n, min_value, max_value, provisional, may_be_lower, may_be_higher) ";
  conn_.Execute(insert + "SELECT indicator_id, period, 0, '', " + select +
                    "AND dim1 = '' AND dim2 = '' AND dim3 = '' AND dim4 = '' "
                    "GROUP BY indicator_id, period",
                {id, period});
  conn_.Execute(insert + "SELECT indicator_id, period, -1, '', " + select +
                    "GROUP BY indicator_id, period",
                {id, period});
  for (int pos = 1; pos <= 4; ++pos) {
    std::string col = "dim" + std::to_string(pos);
    conn_.Execute(insert + "SELECT indicator_id, period, " + std::to_string(pos) + ", " + col +
                      ", " + select + "AND " + col + " <> '' GROUP BY indicator_id, period, " + col,
                  {id, period});
  }
}

static_assert(kAllRows + kYearOffset == 9 && 4 + kYearOffset == 14,
              "the year positions RebuildYearAggregates names");

void MeasurementStore::RebuildYearAggregates(int64_t id, const std::string& year) {
  conn_.Execute(
      "DELETE FROM measurement_aggregates WHERE indicator_id = ? AND dim_position IN (9, 10, 11, 12, 13, 14) "
      "AND period = ?",
      {id, year});
  conn_.Execute(
      "INSERT INTO measurement_aggregates (indicator_id, period, dim_position, dim_value, total, "
      "n, min_value, max_value, provisional, may_be_lower, may_be_higher) "
      "SELECT indicator_id, SUBSTR(period, 1, 4), dim_position + ?, dim_value, SUM(total), SUM(n), "
      "MIN(min_value), MAX(max_value), MAX(provisional), MAX(may_be_lower), MAX(may_be_higher) "
      "FROM measurement_aggregates "
      // Each group position by name and the year as a range of periods
      // (every period's text starts with its year, and '~' sorts after the
      // '-' that follows it), so that the key's index finds just the year's
      // rows instead of reading every aggregate of the indicator.
      "WHERE indicator_id = ? AND dim_position IN (-1, 0, 1, 2, 3, 4) AND period >= ? AND period < ? "
      "GROUP BY indicator_id, SUBSTR(period, 1, 4), dim_position, dim_value",
      {int64_t{kYearOffset}, id, year, year + "~"});
}

std::vector<AggregateRow> MeasurementStore::Aggregates(int64_t id, int group) {
  std::vector<AggregateRow> out;
  for (const auto& r : conn_.Query(
           "SELECT period, dim_value, total, n, min_value, max_value, provisional, may_be_lower, "
           "may_be_higher FROM measurement_aggregates WHERE indicator_id = ? AND dim_position = ? "
           "ORDER BY period, dim_value",
           {id, static_cast<int64_t>(group)})) {
    out.push_back({r.Text(0), r.Text(1), r.Real(2), r.Int(3), r.Real(4), r.Real(5), r.Int(6) != 0,
                   QualifierFromSides(r.Int(7) != 0, r.Int(8) != 0)});
  }
  return out;
}

std::map<int64_t, std::vector<AggregateRow>> MeasurementStore::AggregatesOf(const std::vector<int64_t>& ids,
                                                                           int group) {
  std::map<int64_t, std::vector<AggregateRow>> out;
  if (ids.empty()) return out;
  std::string list;
  for (int64_t id : ids) {
    if (!list.empty()) list += ",";
    list += std::to_string(id);  // integers from the database: safe to inline
  }
  for (const auto& r : conn_.Query(
           "SELECT indicator_id, period, dim_value, total, n, min_value, max_value, provisional, may_be_lower, "
           "may_be_higher FROM measurement_aggregates WHERE dim_position = ? AND indicator_id IN (" + list + ") "
           "ORDER BY indicator_id, period, dim_value",
           {static_cast<int64_t>(group)})) {
    out[r.Int(0)].push_back({r.Text(1), r.Text(2), r.Real(3), r.Int(4), r.Real(5), r.Real(6), r.Int(7) != 0,
                             QualifierFromSides(r.Int(8) != 0, r.Int(9) != 0)});
  }
  return out;
}

std::vector<AggregateRow> MeasurementStore::YearlyAggregates(int64_t id, int group) {
  std::vector<AggregateRow> out;
  return Aggregates(id, group + kYearOffset);
}

std::vector<StoredMeasurement> MeasurementStore::List(int64_t id) {
  std::vector<StoredMeasurement> out;
  for (const auto& r : conn_.Query(
           "SELECT period, dim1, dim2, dim3, dim4, value, provisional, note, source_ref, qualifier "
           "FROM measurements WHERE indicator_id = ? ORDER BY period, dim1, dim2, dim3, dim4",
           {id})) {
    StoredMeasurement m;
    m.period = r.Text(0);
    for (int i = 0; i < 4; ++i) m.dims[i] = r.Text(1 + i);
    if (!r.IsNull(5)) m.value = r.Real(5);
    m.provisional = r.Int(6) != 0;
    m.note = r.Text(7);
    m.source_ref = r.Text(8);
    m.qualifier = ParseQualifier(r.Text(9)).value_or(Qualifier::kExact);
    out.push_back(m);
  }
  return out;
}

int64_t MeasurementStore::Count(int64_t id) {
  return conn_.Query("SELECT COUNT(*) FROM measurements WHERE indicator_id = ?", {id}).at(0).Int(0);
}

}  // namespace fremdrift
