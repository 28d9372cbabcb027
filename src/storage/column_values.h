#pragma once

// How optional domain values are bound to SQL parameters: NULL when the
// value is absent. Shared by the stores so that each spells it the same.

#include <optional>
#include <string>

#include "domain/date.h"
#include "domain/measurement_qualifier.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The value, or NULL when there is none.
template <class T>
SqlValue Nullable(const std::optional<T>& v) {
  if (v) return SqlValue(*v);
  return SqlValue(nullptr);
}

// The date as ISO 8601 text (YYYY-MM-DD), or NULL when there is none.
inline SqlValue NullableDate(const std::optional<Date>& d) {
  if (d) return SqlValue(d->ToIso());
  return SqlValue(nullptr);
}

// The qualifier's key, as the `qualifier` column holds it ("exact", ...).
inline SqlValue QualifierValue(Qualifier q) { return std::string(QualifierKey(q)); }

}  // namespace fremdrift
