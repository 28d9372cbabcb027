// The query parameters of a series and of its downloads, read once for all
// routes that take them: from, to (periods such as 2022 or 2022-Q1), by (a
// dimension name) and period_type (year, tertial, quarter, month, week or
// date).
#pragma once

#include "app/indicator_series.h"
#include "web/request_context.h"

namespace fremdrift {

// Throws Failure(kInvalid) naming the parameter when `from`, `to` or
// `period_type` is not valid. Whether `by` names a dimension of the
// indicator is checked by ReadSeries.
SeriesQuery SeriesQueryFromRequest(const RequestContext& ctx);

}  // namespace fremdrift
