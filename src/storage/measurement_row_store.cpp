#include "storage/measurement_row_store.h"

#include "domain/failure.h"
#include "storage/column_values.h"
#include "storage/measurement_store.h"
#include "storage/period_code.h"

namespace fremdrift {

namespace {

constexpr const char* kKey =
    "indicator_id = ? AND period = ? AND dim1 = ? AND dim2 = ? AND dim3 = ? AND dim4 = ?";

VersionedMeasurement MeasurementFromRow(const SqlRow& r) {
  VersionedMeasurement v;
  v.row.period = PeriodFromCode(r.Int(0));
  for (size_t i = 0; i < 4; ++i) v.row.dims[i] = r.Text(1 + i);
  if (!r.IsNull(5)) v.row.value = r.Real(5);
  v.row.provisional = r.Int(6) != 0;
  v.row.note = r.Text(7);
  v.row.source_ref = r.Text(8);
  v.version = r.Int(9);
  v.row.qualifier = ParseQualifier(r.Text(10)).value_or(Qualifier::kExact);
  return v;
}

// The dimension values' texts joined from their codes (migration 36).
const std::string kMeasurementSelect =
    std::string("SELECT m.period, v1.value, v2.value, v3.value, v4.value, m.value, m.provisional, m.note, "
                "m.source_ref, m.version, m.qualifier FROM measurements m") +
    kDimensionTextsOfM;

}  // namespace

std::optional<VersionedMeasurement> MeasurementRowStore::Find(
    int64_t indicator_id, const std::string& period, const std::array<std::string, 4>& dims) {
  auto key = KeyOf(indicator_id, period, dims);
  if (!key) return std::nullopt;
  auto rows = conn_.Query(kMeasurementSelect +
                              "WHERE m.indicator_id = ? AND m.period = ? AND m.dim1 = ? AND m.dim2 = ? "
                              "AND m.dim3 = ? AND m.dim4 = ?",
                          *key);
  if (rows.empty()) return std::nullopt;
  return MeasurementFromRow(rows[0]);
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
  for (const auto& r : conn_.Query("SELECT value FROM dimension_value_codes WHERE code IN ("
                                   "SELECT dim_value FROM measurement_aggregates WHERE indicator_id = ? "
                                   "AND dim_position = ? "
                                   "UNION SELECT " + column + " FROM measurements WHERE indicator_id = ? "
                                   "AND note <> '' AND value IS NULL AND " + column + " <> 0) ORDER BY 1",
                                   {indicator_id, int64_t{position + kYearOffset}, indicator_id})) {
    out.push_back(r.Text(0));
  }
  return out;
}

std::vector<VersionedMeasurement> MeasurementRowStore::List(int64_t indicator_id) {
  std::vector<VersionedMeasurement> out;
  for (const auto& r : conn_.Query(kMeasurementSelect +
                                       "WHERE m.indicator_id = ? "
                                       "ORDER BY m.period DESC, v1.value, v2.value, v3.value, v4.value",
                                   {indicator_id})) {
    out.push_back(MeasurementFromRow(r));
  }
  return out;
}

int64_t MeasurementRowStore::Insert(int64_t indicator_id, const StoredMeasurement& m) {
  codes_.Ensure(conn_, std::vector<std::string>(m.dims.begin(), m.dims.end()));
  SqlParams params{indicator_id, StoredPeriodCode(m.period)};
  for (const std::string& d : m.dims) params.push_back(codes_.Of(d));
  params.insert(params.end(), {Nullable(m.value), static_cast<int64_t>(m.provisional), QualifierValue(m.qualifier), m.note,
                               m.source_ref});
  auto rows = conn_.Query(
      "INSERT INTO measurements (indicator_id, period, dim1, dim2, dim3, dim4, value, "
      "provisional, qualifier, note, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING RETURNING version",
      params);
  if (rows.empty()) {
    throw Failure(FailureCode::kConflict,
                  "there is a measurement for " + m.period +
                      " with these dimension values already; change that one instead",
                  "period");
  }
  return rows[0].Int(0);
}

void MeasurementRowStore::Update(int64_t indicator_id, const StoredMeasurement& m,
                                 int64_t expected_version) {
  auto key = KeyOf(indicator_id, m.period, m.dims);
  if (!key) Refuse(indicator_id, m.period, m.dims, expected_version);
  SqlParams params{Nullable(m.value), static_cast<int64_t>(m.provisional), QualifierValue(m.qualifier), m.note, m.source_ref};
  params.insert(params.end(), key->begin(), key->end());
  params.push_back(expected_version);
  int64_t n = conn_.Execute(
      std::string("UPDATE measurements SET value = ?, provisional = ?, qualifier = ?, note = ?, "
                  "source_ref = ?, version = version + 1 WHERE ") +
          kKey + " AND version = ?",
      params);
  if (n == 0) Refuse(indicator_id, m.period, m.dims, expected_version);
}

void MeasurementRowStore::Delete(int64_t indicator_id, const std::string& period,
                                 const std::array<std::string, 4>& dims, int64_t expected_version) {
  auto key = KeyOf(indicator_id, period, dims);
  if (!key) Refuse(indicator_id, period, dims, expected_version);
  SqlParams params = *key;
  params.push_back(expected_version);
  int64_t n = conn_.Execute(std::string("DELETE FROM measurements WHERE ") + kKey + " AND version = ?",
                            params);
  if (n == 0) Refuse(indicator_id, period, dims, expected_version);
}

std::optional<SqlParams> MeasurementRowStore::KeyOf(int64_t indicator_id, const std::string& period,
                                                    const std::array<std::string, 4>& dims) {
  const auto code = PeriodCode(period);
  if (!code) return std::nullopt;
  codes_.Find(conn_, std::vector<std::string>(dims.begin(), dims.end()));
  SqlParams key{indicator_id, *code};
  for (const std::string& d : dims) {
    const auto known = codes_.Known(d);
    if (!known) return std::nullopt;
    key.push_back(*known);
  }
  return key;
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
