// How a new measurement's dimension values are stored: a value typed with
// other case or spacing than one the indicator has is stored as the
// existing one (domain/dimension_value.h ExistingDimensionValue), found
// through the spelling index (storage/dimension_spelling_store.h) rather
// than by reading every value, so that a write costs the same however many
// values the indicator has.
//
// Use within one write transaction that holds the indicator
// (storage/indicator_lock.h): construct, ask StoredValue for each typed
// value, Record the values of the row once it is written, and end with
// MarkDataChangedAndCurrent.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/dimension_spelling_store.h"
#include "storage/indicator_lock.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class DimensionSpellings {
 public:
  // Builds the indicator's spelling index again from its data when it is
  // not current for the indicator's version (`current`, as
  // HeldIndicator::spellings_current read it).
  DimensionSpellings(SqlConnection& conn, int64_t indicator_id, bool current);

  // The value to store for `typed` in dimension `position` (1..4): the
  // existing spelling when there is one (an exact match first), else
  // `typed` tidied (TidyDimensionValue).
  std::string StoredValue(int position, std::string_view typed);

  // Records `value` as a value of dimension `position`; nothing for "",
  // or for a spelling StoredValue found recorded.
  void Record(int position, const std::string& value);

  // Bumps the indicator's data version and declares the index complete
  // for it (MeasurementStore::MarkDataChanged), giving back its new stamp.
  IndicatorDataStamp MarkDataChangedAndCurrent();

 private:
  SqlConnection& conn_;
  DimensionSpellingStore store_;
  int64_t indicator_id_;
  // The spellings StoredValue found recorded, by position.
  std::vector<std::pair<int, std::string>> recorded_;
};

}  // namespace fremdrift
