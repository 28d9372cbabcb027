// Downloads of an indicator's series: CSV, XLSX, JSON and SDMX-CSV 2.0 at
// GET /api/v1/indicators/{code}/series.{csv,xlsx,json,sdmx.csv}. They take
// the query parameters of /series (from, to, by, period_type; CSV also
// sep=comma|semicolon), follow the same visibility rule (internal indicators
// are 404 without a token), answer as attachments named after the code
// (kj-kommune.csv) and, like /series, carry an ETag and answer 304.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterDownloadRoutes(Router& router);

// The series of the indicator in the request's {code} in the format of
// `suffix` ("series.json", "series.csv", ...), cached by data version and
// answered with an ETag (304 when If-None-Match matches). `attachment`
// adds a Content-Disposition with a file name.
Response ServeSeries(RequestContext& ctx, const std::string& suffix, bool attachment);

}  // namespace fremdrift
