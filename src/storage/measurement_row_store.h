// Single measurement rows with their versions, for editing one at a time
// (the bulk path is MeasurementStore). A row is named by its indicator,
// period and dimension values by position, as MeasurementStore keeps them.
// The version is bumped by a trigger on every change of a row's content,
// whoever writes it (migration 11). These calls do not rebuild aggregates:
// the caller does, in the same transaction (MeasurementStore).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/dimension_value_codes.h"
#include "storage/measurement_store.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct VersionedMeasurement {
  StoredMeasurement row;
  int64_t version = 1;
};

class MeasurementRowStore {
 public:
  explicit MeasurementRowStore(SqlConnection& conn) : conn_(conn) {}

  std::optional<VersionedMeasurement> Find(int64_t indicator_id, const std::string& period,
                                           const std::array<std::string, 4>& dims);

  // Every row of the indicator, newest period first, then by dimensions.
  std::vector<VersionedMeasurement> List(int64_t indicator_id);

  // The distinct non-empty values of dimension `position` (1..4) in the
  // indicator's rows, sorted. Read from the yearly aggregates and the rows
  // without a value, so it holds inside a transaction only once that
  // transaction's new rows have their aggregates.
  std::vector<std::string> DimensionValues(int64_t indicator_id, int position);

  // Adds the row and gives back the version it was stored with; throws
  // kConflict (field "period") when a row with the same period and
  // dimensions exists.
  int64_t Insert(int64_t indicator_id, const StoredMeasurement& m);

  // Replaces value, status, note and source of the row named by `m`, which
  // must still have `expected_version` (else kConflict, field "version";
  // kNotFound when it is gone).
  void Update(int64_t indicator_id, const StoredMeasurement& m, int64_t expected_version);

  // Deletes the row, which must still have `expected_version` (as Update).
  void Delete(int64_t indicator_id, const std::string& period,
              const std::array<std::string, 4>& dims, int64_t expected_version);

  // The dimension values' codes this store learnt in its transaction, for
  // another store of the same transaction (AggregateDeltas).
  DimensionValueCodes& codes() { return codes_; }

 private:
  // Throws kNotFound or kConflict after an UPDATE or DELETE changed nothing.
  [[noreturn]] void Refuse(int64_t indicator_id, const std::string& period,
              const std::array<std::string, 4>& dims, int64_t expected_version);
  // The row's key as the table holds it (codes: MeasurementStore); nullopt
  // when the period or a dimension value has no code, so no row has it.
  std::optional<SqlParams> KeyOf(int64_t indicator_id, const std::string& period,
                                 const std::array<std::string, 4>& dims);
  SqlConnection& conn_;
  // For this store's transaction: see DimensionValueCodes.
  DimensionValueCodes codes_;
};

}  // namespace fremdrift
