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

}  // namespace fremdrift
