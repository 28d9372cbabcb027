// The changes an import makes to measurement_aggregates, gathered in memory
// while rows are written and then applied in bulk, so that an import never
// recomputes the aggregates of a whole indicator.
//
// A new row (Added) adds its value to the sum, count, minimum, maximum and
// provisional flag of each group it belongs to: every row (position -1),
// the national rows (0, no dimension values) or, per dimension it has a
// value for, that dimension's value (1..4). A period in which a row was
// updated (Changed) is recomputed from its rows instead, as an old value
// cannot be taken back out of a minimum. The yearly sums of the same
// groups (kYearOffset) follow likewise. Rows without a value count in no
// aggregate. Apply() writes what was gathered, in the caller's transaction,
// after the rows themselves are written, and starts afresh.
//
// Memory grows with the groups gathered since the last Apply(): callers
// apply when groups() gets large. An object is for one transaction
// (DimensionValueCodes says why). Not thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/dimension_value_codes.h"
#include "storage/measurement_store.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class AggregateDeltas {
 public:
  // `codes`, when given, are the codes the caller's other stores learnt in
  // the same transaction (MeasurementRowStore::codes()), so that values
  // already coded are not asked for again; it must outlive this object.
  explicit AggregateDeltas(DimensionValueCodes* codes = nullptr) : shared_codes_(codes) {}

  // Row `m` of indicator `indicator_id` was inserted.
  void Added(int64_t indicator_id, const StoredMeasurement& m);
  // A row of that indicator and period was updated.
  void Changed(int64_t indicator_id, const std::string& period);

  // The (indicator, period) pairs gathered since the last Apply().
  size_t periods() const { return periods_.size(); }
  // The groups of those periods: a period has one per dimension value, so
  // a period of 356 municipalities holds 357.
  size_t groups() const { return groups_; }

  // Writes the gathered changes to measurement_aggregates and forgets them.
  void Apply(SqlConnection& conn);

  // Like Apply(), for a few rows added to groups that mostly exist already
  // (one new measurement): merges them into the stored aggregates at once,
  // without first trying the bulk write that would clash with them. Only
  // for additions: a Changed() period is an error here.
  void MergeAdded(SqlConnection& conn);

  // Like Apply(), but keeps indicator `keep`'s changes for a later call
  // (unless they are all there is): when rows come grouped by indicator,
  // the one still being read is then written once, whole, in bulk, and not
  // merged into what an earlier call wrote of it.
  void ApplyAllBut(SqlConnection& conn, int64_t keep);

 private:
  struct Group {
    std::string dim_value;
    double total = 0;
    int64_t n = 0;
    double min = 0;
    double max = 0;
    bool provisional = false;
    bool may_be_lower = false;   // any value's qualifier is under or about
    bool may_be_higher = false;  // any value's qualifier is over or about
  };
  struct PeriodDeltas {
    bool changed = false;
    // Indexed by group position + 1: all rows, national rows, dim1..dim4.
    std::vector<Group> groups[6];
  };
  using Key = std::pair<int64_t, std::string>;

  using Deltas = std::map<Key, PeriodDeltas>;

  static PeriodDeltas& At(Deltas& deltas, Deltas::iterator& last, int64_t indicator_id,
                          std::string_view period);
  // Returns how many groups it started.
  static size_t Add(PeriodDeltas& p, const StoredMeasurement& m);
  static size_t GroupsIn(const Deltas& deltas);
  // Whether a group that Copy writes has a measurement below or above its
  // figure (may_be_lower or may_be_higher).
  static bool HasBoundFlags(const Deltas& deltas);
  // Adds the periods' additions to their years' (years_), before writing.
  void SumYears();
  // The additions (not the changed periods) as rows of `columns`, handed
  // to `write(columns, next_row)` in the manner of SqlConnection::CopyRows;
  // returns what `write` returns.
  int64_t WriteRows(const std::function<int64_t(const std::vector<std::string>& columns,
                                                const std::function<bool(SqlParams& row)>& next_row)>& write) const;
  // Writes the additions to `table` in bulk.
  int64_t Copy(SqlConnection& conn, const std::string& table) const;
  // Adds the additions to the stored aggregates: a few (one measurement's)
  // in one statement, more through a temporary table.
  void Merge(SqlConnection& conn);
  // Merge of at most kMaxRowsMergedDirectly rows, in one statement.
  void MergeDirectly(SqlConnection& conn) const;
  static constexpr size_t kMaxRowsMergedDirectly = 64;
  // Codes for the gathered groups' dimension values, added where new.
  void EnsureCodes(SqlConnection& conn);

  Deltas periods_;  // by native period
  size_t groups_ = 0;  // in periods_
  Deltas years_;    // by year ("2022"), written at kYearOffset
  // Rows come grouped by period, so the last pair is looked up once.
  Deltas::iterator last_period_ = periods_.end();
  Deltas::iterator last_year_ = years_.end();
  // For the caller's transaction: see DimensionValueCodes.
  DimensionValueCodes own_codes_;
  DimensionValueCodes* shared_codes_;  // the caller's, or null for own_codes_
  DimensionValueCodes& Codes() { return shared_codes_ ? *shared_codes_ : own_codes_; }
  const DimensionValueCodes& Codes() const { return shared_codes_ ? *shared_codes_ : own_codes_; }
};

}  // namespace fremdrift
