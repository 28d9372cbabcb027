// The spellings of an indicator's dimension values, indexed by their match
// key (domain/dimension_value.h), so that a new measurement finds the
// existing spelling of what was typed with one indexed read instead of
// reading every value the indicator has (which made each write cost more
// as the values grew: 20,000 values in a ten-minute soak).
//
// The table is an index kept beside the data, not the data: it is
// complete for an indicator only at the indicator version recorded with
// it (`indicators.spellings_version`). Any write that does not keep it
// (an import, a delete, an edit) bumps the indicator's version as it must
// for the caches anyway, so the table is then seen as stale and is built
// again from the data by the next writer that needs it. Call these only
// while holding the indicator (storage/indicator_lock.h) inside a write
// transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

class DimensionSpellingStore {
 public:
  explicit DimensionSpellingStore(SqlConnection& conn) : conn_(conn) {}

  // True when the spellings of `indicator_id` are complete for its
  // current version.
  bool IsCurrent(int64_t indicator_id);

  // Forgets every spelling of the indicator (before building them again).
  void Clear(int64_t indicator_id);

  // Records that dimension `position` (1..4) has the value `value` with
  // match key `match_key`; nothing when that spelling is recorded already.
  void Add(int64_t indicator_id, int position, const std::string& match_key, const std::string& value);

  // The recorded values of dimension `position` whose match key is
  // `match_key`, sorted as DimensionValues sorts them (usually one).
  std::vector<std::string> WithKey(int64_t indicator_id, int position, const std::string& match_key);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
