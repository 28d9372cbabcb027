// Dimension values as measurements and their aggregates store them
// (migration 36): each distinct text has an integer code in
// dimension_value_codes, numbered as values first come, and '' (no value)
// is 0. Codes are never changed or taken back, so a code once learnt stays
// right; a store reads the texts back by joining that table.
//
// An object learns codes for one transaction: what Ensure() adds is gone
// if the transaction rolls back, so call it outside any savepoint that may
// be rolled back while the object is in use, and make a new object for
// each attempt of a transaction. Not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// The texts of a measurement row's four dimension values as v1.value to
// v4.value, joined from their codes, for a query that names the
// measurements table `m`.
inline constexpr const char* kDimensionTextsOfM =
    " JOIN dimension_value_codes v1 ON v1.code = m.dim1 JOIN dimension_value_codes v2 ON v2.code = m.dim2"
    " JOIN dimension_value_codes v3 ON v3.code = m.dim3 JOIN dimension_value_codes v4 ON v4.code = m.dim4 ";

class DimensionValueCodes {
 public:
  // Gives every value of `values` a code, adding those not coded yet.
  void Ensure(SqlConnection& conn, const std::vector<std::string>& values);
  // Learns the codes of those of `values` that have one; adds none.
  void Find(SqlConnection& conn, const std::vector<std::string>& values);
  // The code of a value learnt by Ensure() or Find(); nullopt otherwise.
  std::optional<int64_t> Known(std::string_view value) const;
  // Known(), for a value Ensure()d: anything else is a bug.
  int64_t Of(std::string_view value) const;

 private:
  // The values of `values` whose code is not known yet, once each, sorted
  // (so that concurrent writers add shared values in one order).
  std::vector<std::string> Unknown(const std::vector<std::string>& values) const;
  void Learn(SqlConnection& conn, const std::vector<std::string>& values);

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int64_t, Hash, std::equal_to<>> codes_{{"", 0}};
};

// The values offered that `codes` knows no code for, each once, for
// DimensionValueCodes::Ensure: a batch offers the same few values over and
// over. The offered texts must outlive the collector (it keeps views).
class UnknownDimensionValues {
 public:
  explicit UnknownDimensionValues(const DimensionValueCodes& codes) : codes_(codes) {}
  void Offer(std::string_view value) {
    if (codes_.Known(value) || !seen_.insert(value).second) return;
    values_.emplace_back(value);
  }
  std::vector<std::string> Take() { return std::move(values_); }

 private:
  const DimensionValueCodes& codes_;
  std::unordered_set<std::string_view> seen_;
  std::vector<std::string> values_;
};

}  // namespace fremdrift
