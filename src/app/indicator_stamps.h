// An indicator's stamp (domain/indicator_stamp.h), for the caches of its
// figures and downloads: one small query, asked on every request before a
// cached answer is served. Whether the reader may see the indicator is
// MaySeeIndicator's (app/visibility.h) on the stamp's `published`.
#pragma once

#include <optional>
#include <string>

#include "domain/indicator_stamp.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The stamp of the indicator with `code`; nullopt when there is none.
std::optional<IndicatorStamp> IndicatorStampOf(SqlConnection& conn, const std::string& code);

}  // namespace fremdrift
