#include "storage/measurement_row_store.h"

#include "domain/failure.h"
#include "storage/measurement_store.h"

namespace fremdrift {
namespace {

constexpr const char* kKey =
    "indicator_id = ? AND period = ? AND dim1 = ? AND dim2 = ? AND dim3 = ? AND dim4 = ?";

SqlParams KeyParams(int64_t id, const std::string& period, const std::array<std::string, 4>& d) {
  return {id, period, d[0], d[1], d[2], d[3]};
}

SqlValue Nullable(const std::optional<double>& v) {
  if (v) return *v;
  return nullptr;
}

SqlValue Key(Qualifier q) { return std::string(QualifierKey(q)); }

VersionedMeasurement FromRow(const SqlRow& r) {
  VersionedMeasurement v;
  v.row.period = r.Text(0);
  for (size_t i = 0; i < 4; ++i) v.row.dims[i] = r.Text(1 + i);
  if (!r.IsNull(5)) v.row.value = r.Real(5);
  v.row.provisional = r.Int(6) != 0;
  v.row.note = r.Text(7);
  v.row.source_ref = r.Text(8);
  v.version = r.Int(9);
  v.row.qualifier = ParseQualifier(r.Text(10)).value_or(Qualifier::kExact);
  return v;
}

constexpr const char* kSelect =
    "SELECT period, dim1, dim2, dim3, dim4, value, provisional, note, source_ref, version, "
    "qualifier FROM measurements ";

}  // namespace

std::optional<VersionedMeasurement> MeasurementRowStore::Find(
    int64_t indicator_id, const std::string& period, const std::array<std::string, 4>& dims) {
  auto rows = conn_.Query(std::string(kSelect) + "WHERE " + kKey, KeyParams(indicator_id, period, dims));
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::vector<std::string> MeasurementRowStore::DimensionValues(int64_t indicator_id, int position) {
  if (position < 1 || position > 4) return {};
  // The column name is one of four fixed names, never input.
  const std::string column = "dim" + std::to_string(position);
  std::vector<std::string> out;
  // Not from every row of the indicator, which a write would then read in
  // full: a row with a value counts in its value's yearly aggregate, a few
  // rows per year and value; a row without one must have a note (domain
  // rule value_or_note_required), so the index of noted rows holds it.
  for (const auto& r : conn_.Query("SELECT dim_value FROM measurement_aggregates WHERE indicator_id = ? "
                                   "AND dim_position = ? "
                                   "UNION SELECT " + column + " FROM measurements WHERE indicator_id = ? "
                                   "AND note <> '' AND value IS NULL AND " + column + " <> '' ORDER BY 1",
                                   {indicator_id, int64_t{position + kYearOffset}, indicator_id})) {
    out.push_back(r.Text(0));
  }
  return out;
}

std::vector<VersionedMeasurement> MeasurementRowStore::List(int64_t indicator_id) {
  std::vector<VersionedMeasurement> out;
  for (const auto& r : conn_.Query(std::string(kSelect) +
                                       "WHERE indicator_id = ? "
                                       "ORDER BY period DESC, dim1, dim2, dim3, dim4",
                                   {indicator_id})) {
    out.push_back(FromRow(r));
  }
  return out;
}

void MeasurementRowStore::Insert(int64_t indicator_id, const StoredMeasurement& m) {
  int64_t n = conn_.Execute(
      "INSERT INTO measurements (indicator_id, period, dim1, dim2, dim3, dim4, value, "
      "provisional, qualifier, note, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING",
      {indicator_id, m.period, m.dims[0], m.dims[1], m.dims[2], m.dims[3], Nullable(m.value),
       static_cast<int64_t>(m.provisional), Key(m.qualifier), m.note, m.source_ref});
  if (n == 0) {
    throw Failure(FailureCode::kConflict,
                  "there is a measurement for " + m.period +
                      " with these dimension values already; change that one instead",
                  "period");
  }
}

void MeasurementRowStore::Update(int64_t indicator_id, const StoredMeasurement& m,
                                 int64_t expected_version) {
  SqlParams params{Nullable(m.value), static_cast<int64_t>(m.provisional), Key(m.qualifier),
                   m.note, m.source_ref, indicator_id, m.period, m.dims[0], m.dims[1], m.dims[2], m.dims[3],
                   expected_version};
  int64_t n = conn_.Execute(
      std::string("UPDATE measurements SET value = ?, provisional = ?, qualifier = ?, note = ?, "
                  "source_ref = ?, version = version + 1 WHERE ") +
          kKey + " AND version = ?",
      params);
  if (n == 0) Refuse(indicator_id, m.period, m.dims, expected_version);
}

void MeasurementRowStore::Delete(int64_t indicator_id, const std::string& period,
                                 const std::array<std::string, 4>& dims, int64_t expected_version) {
  SqlParams params{indicator_id, period, dims[0], dims[1], dims[2], dims[3], expected_version};
  int64_t n = conn_.Execute(std::string("DELETE FROM measurements WHERE ") + kKey + " AND version = ?",
                            params);
  if (n == 0) Refuse(indicator_id, period, dims, expected_version);
}

void MeasurementRowStore::Refuse(int64_t indicator_id, const std::string& period,
                                 const std::array<std::string, 4>& dims, int64_t expected_version) {
  auto current = Find(indicator_id, period, dims);
  if (!current) {
    throw Failure(FailureCode::kNotFound, "no measurement for " + period + " with these dimension values",
                  "period");
  }
  throw Failure(FailureCode::kConflict,
                "the measurement for " + period + " was changed by someone else: you sent version " +
                    std::to_string(expected_version) + ", the current version is " +
                    std::to_string(current->version),
                "version");
}

}  // namespace fremdrift
