// Measurements in the database, and the aggregates kept beside them so
// that reading a series never scans the raw rows.
//
// A measurement's dimension values sit in columns dim1..dim4, whose names
// the indicator's dimension list gives (IndicatorStore::Dimensions); ''
// means "not split by that dimension". The tables hold periods and
// dimension values as integer codes (storage/period_code.h,
// storage/dimension_value_codes.h); the store takes and gives their texts.
// A store is for one transaction (DimensionValueCodes says why). Imports keep the aggregates up to
// date in the same transaction (AggregateDeltas), so readers never see them
// disagree with the rows.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/measurement.h"
#include "storage/dimension_value_codes.h"
#include "storage/indicator_lock.h"
#include "storage/sql_connection.h"

namespace fremdrift {

enum class UpsertOutcome { kInserted, kUpdated, kUnchanged };

// One stored measurement with its dimension values by position.
struct StoredMeasurement {
  std::string period;
  std::array<std::string, 4> dims;
  std::optional<double> value;
  bool provisional = false;
  Qualifier qualifier = Qualifier::kExact;
  std::string note;
  std::string source_ref;
};

// One aggregate row: all values of one period in one group.
struct AggregateRow {
  std::string period;
  std::string dim_value;  // '' for the national / all-rows groups
  double total = 0;       // sum of the values
  int64_t n = 0;          // how many values
  double min = 0;
  double max = 0;
  bool provisional = false;  // any of them provisional
  Qualifier qualifier = Qualifier::kExact;  // of their sum or mean
};

// Which group of aggregates to read.
inline constexpr int kNationalRows = 0;  // rows with no dimension values
inline constexpr int kAllRows = -1;      // every row, whatever its dimensions
// 1..4: rows grouped by that dimension's value (other dimensions combined).
// The same groups summed by calendar year (the first four characters of
// the period, the ISO year for a week) are kept too, with the year as
// period, at the group's number plus kYearOffset (9 to 14), so that a
// series rolled up to years reads one row per year and value.
inline constexpr int kYearOffset = 10;

class MeasurementStore {
 public:
  explicit MeasurementStore(SqlConnection& conn) : conn_(conn) {}

  // Inserts the measurement, or updates the one with the same indicator,
  // period and dimensions; says which happened (kUnchanged when identical).
  UpsertOutcome Upsert(int64_t indicator_id, const StoredMeasurement& m);

  // Upserts many measurements, in order, with one INSERT per batch for the
  // new ones; a row whose key exists already (or repeats an earlier row of
  // the batch) goes through Upsert(). The outcomes are those of calling
  // Upsert() on each row in turn.
  std::vector<UpsertOutcome> UpsertBatch(
      std::span<const std::pair<int64_t, StoredMeasurement>> rows);

  // Inserts rows that are all new in one bulk write (SqlConnection::
  // StartCopyRows), in a savepoint of the caller's transaction, in two
  // steps, so that the caller can check the next rows while the database
  // stores these: until FinishInsertNew the connection takes no other
  // statement. FinishInsertNew returns true; or, if any of the rows has
  // the key of a stored row or of an earlier row, none of them is written
  // and it returns false (the caller then upserts them).
  // `new_values`: what ValuesWithoutCode(rows) gave, which the caller may
  // work out while the connection is still busy.
  void StartInsertNew(std::span<const std::pair<int64_t, StoredMeasurement>> rows,
                      const std::vector<std::string>& new_values);
  bool FinishInsertNew();
  // The rows' dimension values that this store knows no code for yet
  // (storage/dimension_value_codes.h), without asking the database.
  std::vector<std::string> ValuesWithoutCode(std::span<const std::pair<int64_t, StoredMeasurement>> rows) const;

  // Recomputes the aggregates of one indicator's period from its rows.
  void RebuildPeriodAggregates(int64_t indicator_id, const std::string& period);
  // Recomputes the yearly sums of one indicator's year (e.g. "2022") from
  // its periods' aggregates.
  void RebuildYearAggregates(int64_t indicator_id, const std::string& year);

  // Records that the indicator's data changed: bumps its version, which
  // caches of its series key on, and its data_updated_at, and gives both
  // back. `spelling_index_kept`: the write kept the dimension spelling
  // index (app/dimension_spellings.h), which is then recorded as complete
  // for the new version in the same statement; otherwise it goes stale.
  IndicatorDataStamp MarkDataChanged(int64_t indicator_id, bool spelling_index_kept = false);

  // Aggregates of `group` (kNationalRows, kAllRows or a dimension
  // position), ordered by period then value.
  std::vector<AggregateRow> Aggregates(int64_t indicator_id, int group);
  // Aggregates(kNationalRows) and, when `with_all_rows`, Aggregates(kAllRows)
  // (else empty), in one statement: what a national series is made of.
  std::pair<std::vector<AggregateRow>, std::vector<AggregateRow>> NationalAndAllRows(int64_t indicator_id,
                                                                                     bool with_all_rows);
  // The same for many indicators in one query, by indicator id (an
  // indicator without any is left out).
  std::map<int64_t, std::vector<AggregateRow>> AggregatesOf(const std::vector<int64_t>& indicator_ids, int group);

  // The aggregates of `group` summed by calendar year (see kYearOffset),
  // ordered by year then value: what rolling Aggregates() up to years gives
  // for a unit whose values add up.
  std::vector<AggregateRow> YearlyAggregates(int64_t indicator_id, int group);

  // All rows of an indicator, by period then dimensions (for downloads and
  // export; not for large series).
  std::vector<StoredMeasurement> List(int64_t indicator_id);

  int64_t Count(int64_t indicator_id);

 private:
  // The period's code (storage/period_code.h); rows come grouped by period,
  // so the last one is kept.
  int64_t CodeOf(const std::string& period);
  // Codes for the rows' dimension values, added where new.
  void EnsureCodes(std::span<const std::pair<int64_t, StoredMeasurement>> rows) {
    codes_.Ensure(conn_, ValuesWithoutCode(rows));
  }
  // indicator, period and dim1..dim4 as the key's columns hold them.
  SqlParams KeyParams(int64_t indicator_id, const StoredMeasurement& m);

  SqlConnection& conn_;
  // For this store's transaction: see DimensionValueCodes.
  DimensionValueCodes codes_;
  std::string last_period_;
  int64_t last_period_code_ = 0;
};

}  // namespace fremdrift
