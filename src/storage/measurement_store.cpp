#include "storage/measurement_store.h"

#include <algorithm>
#include <set>

#include "domain/failure.h"
#include "storage/column_values.h"
#include "storage/period_code.h"
#include "storage/timestamp.h"

namespace fremdrift {

namespace {

// An aggregate's columns, its value's text joined from its code (migration
// 36).
constexpr const char* kAggregateColumns =
    "a.period, v.value, a.total, a.n, a.min_value, a.max_value, a.provisional, a.may_be_lower, "
    "a.may_be_higher FROM measurement_aggregates a JOIN dimension_value_codes v ON v.code = a.dim_value ";

AggregateRow AggregateFrom(const SqlRow& r, int first) {
  return {PeriodFromCode(r.Int(first)), r.Text(first + 1), r.Real(first + 2), r.Int(first + 3),
          r.Real(first + 4), r.Real(first + 5), r.Int(first + 6) != 0,
          QualifierFromSides(r.Int(first + 7) != 0, r.Int(first + 8) != 0)};
}

// Whether any value of a group may be lower (higher) than stated, as SQL
// over the measurements' qualifier column.
constexpr const char* kMayBeLower = "MAX(CASE WHEN qualifier IN ('under', 'about') THEN 1 ELSE 0 END)";
constexpr const char* kMayBeHigher = "MAX(CASE WHEN qualifier IN ('over', 'about') THEN 1 ELSE 0 END)";

}  // namespace

int64_t MeasurementStore::CodeOf(const std::string& period) {
  if (period != last_period_) {
    last_period_code_ = StoredPeriodCode(period);
    last_period_ = period;
  }
  return last_period_code_;
}

std::vector<std::string> MeasurementStore::ValuesWithoutCode(
    std::span<const std::pair<int64_t, StoredMeasurement>> rows) const {
  UnknownDimensionValues unknown(codes_);
  for (const auto& [id, m] : rows) {
    for (const std::string& d : m.dims) unknown.Offer(d);
  }
  return unknown.Take();
}

SqlParams MeasurementStore::KeyParams(int64_t indicator_id, const StoredMeasurement& m) {
  return {indicator_id, CodeOf(m.period), codes_.Of(m.dims[0]), codes_.Of(m.dims[1]), codes_.Of(m.dims[2]),
          codes_.Of(m.dims[3])};
}

UpsertOutcome MeasurementStore::Upsert(int64_t indicator_id, const StoredMeasurement& m) {
  for (const std::string& d : m.dims) {
    if (!codes_.Known(d)) {  // as a rule known already (UpsertBatch)
      codes_.Ensure(conn_, std::vector<std::string>(m.dims.begin(), m.dims.end()));
      break;
    }
  }
  const SqlParams key = KeyParams(indicator_id, m);
  // New rows take one statement; only a clash costs a second one.
  SqlParams insert = key;
  insert.insert(insert.end(), {Nullable(m.value), static_cast<int64_t>(m.provisional), QualifierValue(m.qualifier), m.note,
                               m.source_ref});
  int64_t inserted = conn_.Execute(
      "INSERT INTO measurements (indicator_id, period, dim1, dim2, dim3, dim4, value, "
      "provisional, qualifier, note, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING",
      insert);
  if (inserted > 0) return UpsertOutcome::kInserted;
  // "IS NOT" compares NULLs as values: NULL IS NOT NULL is false.
  SqlParams update{Nullable(m.value), static_cast<int64_t>(m.provisional), QualifierValue(m.qualifier), m.note, m.source_ref};
  update.insert(update.end(), key.begin(), key.end());
  update.insert(update.end(), {Nullable(m.value), static_cast<int64_t>(m.provisional), QualifierValue(m.qualifier), m.note,
                               m.source_ref});
  int64_t updated = conn_.Execute(
      "UPDATE measurements SET value = ?, provisional = ?, qualifier = ?, note = ?, source_ref = ? "
      "WHERE indicator_id = ? AND period = ? AND dim1 = ? AND dim2 = ? AND dim3 = ? AND dim4 = ? "
      "AND (value IS DISTINCT FROM ? OR provisional <> ? OR qualifier <> ? OR note <> ? "
      "OR source_ref <> ?)",
      update);
  return updated > 0 ? UpsertOutcome::kUpdated : UpsertOutcome::kUnchanged;
}

std::vector<UpsertOutcome> MeasurementStore::UpsertBatch(
    std::span<const std::pair<int64_t, StoredMeasurement>> rows) {
  std::vector<UpsertOutcome> out(rows.size(), UpsertOutcome::kUnchanged);
  if (rows.empty()) return out;
  EnsureCodes(rows);
  std::string sql =
      "INSERT INTO measurements (indicator_id, period, dim1, dim2, dim3, dim4, value, "
      "provisional, qualifier, note, source_ref) VALUES ";
  SqlParams params;
  params.reserve(rows.size() * 11);
  std::vector<SqlParams> keys;
  keys.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& [id, m] = rows[i];
    sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    keys.push_back(KeyParams(id, m));
    params.insert(params.end(), keys.back().begin(), keys.back().end());
    params.insert(params.end(), {Nullable(m.value), static_cast<int64_t>(m.provisional), QualifierValue(m.qualifier), m.note,
                                 m.source_ref});
  }
  sql += " ON CONFLICT DO NOTHING RETURNING indicator_id, period, dim1, dim2, dim3, dim4";
  // Keys inserted by this statement; each marks the first row with that key.
  std::multiset<std::array<int64_t, 6>> inserted;
  auto key_of = [](const SqlParams& key) {
    std::array<int64_t, 6> k{};
    for (size_t i = 0; i < k.size(); ++i) k[i] = std::get<int64_t>(key[i]);
    return k;
  };
  for (const auto& r : conn_.Query(sql, params)) {
    inserted.insert({r.Int(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4), r.Int(5)});
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    auto it = inserted.find(key_of(keys[i]));
    if (it != inserted.end()) {
      inserted.erase(it);
      out[i] = UpsertOutcome::kInserted;
    } else {
      out[i] = Upsert(rows[i].first, rows[i].second);
    }
  }
  return out;
}

void MeasurementStore::StartInsertNew(std::span<const std::pair<int64_t, StoredMeasurement>> rows,
                                      const std::vector<std::string>& new_values) {
  // Before the savepoint: codes added in it would be rolled back with it.
  codes_.Ensure(conn_, new_values);
  conn_.ExecuteScript("SAVEPOINT insert_new");
  // Rows whose provisional flag, qualifier, note and source are all their
  // columns' defaults (as most imported rows are) leave those columns to
  // the database: four fewer values to send and for it to read per row.
  const bool defaults = std::all_of(rows.begin(), rows.end(), [](const auto& r) {
    const StoredMeasurement& m = r.second;
    return !m.provisional && m.qualifier == Qualifier::kExact && m.note.empty() && m.source_ref.empty();
  });
  std::vector<std::string> columns = {"indicator_id", "period", "dim1", "dim2", "dim3", "dim4", "value"};
  if (!defaults) columns.insert(columns.end(), {"provisional", "qualifier", "note", "source_ref"});
  size_t next = 0;
  conn_.StartCopyRows("measurements", columns, [this, rows, next, defaults](SqlParams& row) mutable {
    if (next == rows.size()) return false;
    const auto& [id, m] = rows[next++];
    row.resize(defaults ? 7 : 11);
    row[0] = id;
    row[1] = CodeOf(m.period);
    for (size_t i = 0; i < 4; ++i) row[2 + i] = codes_.Of(m.dims[i]);
    row[6] = Nullable(m.value);
    if (defaults) return true;
    row[7] = int64_t{m.provisional ? 1 : 0};
    row[8] = QualifierValue(m.qualifier);
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

IndicatorDataStamp MeasurementStore::MarkDataChanged(int64_t id, bool spelling_index_kept) {
  // Both engines read the right-hand sides from the row as it was.
  auto rows = conn_.Query(std::string("UPDATE indicators SET version = version + 1, data_updated_at = ?") +
                              (spelling_index_kept ? ", spellings_version = version + 1" : "") +
                              " WHERE id = ? RETURNING version, data_updated_at",
                          {UtcNow(), id});
  if (rows.empty()) return {};
  return {rows[0].Int(0), rows[0].Text(1)};
}

void MeasurementStore::RebuildPeriodAggregates(int64_t id, const std::string& period) {
  const int64_t code = CodeOf(period);
  // The positions by name, so that the key's index (indicator, position,
  // period) finds the period's rows for each rather than scanning them all.
  conn_.Execute(
      "DELETE FROM measurement_aggregates WHERE indicator_id = ? AND dim_position IN (-1, 0, 1, 2, 3, 4) "
      "AND period = ?",
      {id, code});
  const std::string select =
      "SUM(value), COUNT(value), MIN(value), MAX(value), MAX(provisional), " +
      std::string(kMayBeLower) + ", " + kMayBeHigher +
      " FROM measurements WHERE indicator_id = ? AND period = ? AND value IS NOT NULL ";
  const std::string insert =
      "INSERT INTO measurement_aggregates (indicator_id, period, dim_position, dim_value, total, "
      "n, min_value, max_value, provisional, may_be_lower, may_be_higher) ";
  // Code 0 is the value '' (no value): storage/dimension_value_codes.h.
  conn_.Execute(insert + "SELECT indicator_id, period, 0, 0, " + select +
                    "AND dim1 = 0 AND dim2 = 0 AND dim3 = 0 AND dim4 = 0 "
                    "GROUP BY indicator_id, period",
                {id, code});
  conn_.Execute(insert + "SELECT indicator_id, period, -1, 0, " + select +
                    "GROUP BY indicator_id, period",
                {id, code});
  for (int pos = 1; pos <= 4; ++pos) {
    std::string col = "dim" + std::to_string(pos);
    conn_.Execute(insert + "SELECT indicator_id, period, " + std::to_string(pos) + ", " + col +
                      ", " + select + "AND " + col + " <> 0 GROUP BY indicator_id, period, " + col,
                  {id, code});
  }
}

static_assert(kAllRows + kYearOffset == 9 && 4 + kYearOffset == 14,
              "the year positions RebuildYearAggregates names");

void MeasurementStore::RebuildYearAggregates(int64_t id, const std::string& year) {
  const int64_t code = CodeOf(year);
  conn_.Execute(
      "DELETE FROM measurement_aggregates WHERE indicator_id = ? AND dim_position IN (9, 10, 11, 12, 13, 14) "
      "AND period = ?",
      {id, code});
  conn_.Execute(
      "INSERT INTO measurement_aggregates (indicator_id, period, dim_position, dim_value, total, "
      "n, min_value, max_value, provisional, may_be_lower, may_be_higher) "
      "SELECT indicator_id, CAST(? AS INTEGER), dim_position + ?, dim_value, SUM(total), SUM(n), "
      "MIN(min_value), MAX(max_value), MAX(provisional), MAX(may_be_lower), MAX(may_be_higher) "
      "FROM measurement_aggregates "
      // Each group position by name and the year as the range of its
      // periods' codes (storage/period_code.h), so that the key's index
      // finds just the year's rows instead of reading every aggregate of
      // the indicator.
      "WHERE indicator_id = ? AND dim_position IN (-1, 0, 1, 2, 3, 4) AND period >= ? AND period < ? "
      "GROUP BY indicator_id, dim_position, dim_value",
      {code, int64_t{kYearOffset}, id, code, code + kPeriodCodeYear});
}

std::vector<AggregateRow> MeasurementStore::Aggregates(int64_t id, int group) {
  std::vector<AggregateRow> out;
  for (const auto& r : conn_.Query(std::string("SELECT ") + kAggregateColumns +
                                       "WHERE a.indicator_id = ? AND a.dim_position = ? ORDER BY a.period, v.value",
                                   {id, static_cast<int64_t>(group)})) {
    out.push_back(AggregateFrom(r, 0));
  }
  return out;
}

std::pair<std::vector<AggregateRow>, std::vector<AggregateRow>> MeasurementStore::NationalAndAllRows(
    int64_t id, bool with_all_rows) {
  std::pair<std::vector<AggregateRow>, std::vector<AggregateRow>> out;
  const int64_t last = with_all_rows ? kAllRows : kNationalRows;
  for (const auto& r : conn_.Query(std::string("SELECT a.dim_position, ") + kAggregateColumns +
                                       "WHERE a.indicator_id = ? AND a.dim_position IN (?, ?) "
                                       "ORDER BY a.dim_position DESC, a.period, v.value",
                                   {id, int64_t{kNationalRows}, last})) {
    (r.Int(0) == kNationalRows ? out.first : out.second).push_back(AggregateFrom(r, 1));
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
  for (const auto& r : conn_.Query(std::string("SELECT a.indicator_id, ") + kAggregateColumns +
                                       "WHERE a.dim_position = ? AND a.indicator_id IN (" + list + ") "
                                       "ORDER BY a.indicator_id, a.period, v.value",
                                   {static_cast<int64_t>(group)})) {
    out[r.Int(0)].push_back(AggregateFrom(r, 1));
  }
  return out;
}

std::vector<AggregateRow> MeasurementStore::YearlyAggregates(int64_t id, int group) {
  return Aggregates(id, group + kYearOffset);
}

std::vector<StoredMeasurement> MeasurementStore::List(int64_t id) {
  std::vector<StoredMeasurement> out;
  for (const auto& r : conn_.Query(
           std::string("SELECT m.period, v1.value, v2.value, v3.value, v4.value, m.value, m.provisional, m.note, "
                       "m.source_ref, m.qualifier FROM measurements m") +
               kDimensionTextsOfM + "WHERE m.indicator_id = ? ORDER BY m.period, v1.value, v2.value, v3.value, v4.value",
           {id})) {
    StoredMeasurement m;
    m.period = PeriodFromCode(r.Int(0));
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
