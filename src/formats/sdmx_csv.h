// An indicator's series as SDMX-CSV 2.0.0 (the SDMX 3.0 data message in CSV,
// https://github.com/sdmx-twg/sdmx-csv), for statistics software. RFC 4180
// with ',' and '.', UTF-8 without a byte-order mark, CRLF line ends. Columns:
//
//   STRUCTURE      "dataflow"
//   STRUCTURE_ID   kSdmxStructureId, "FREMDRIFT:INDICATORS(1.0)"
//   ACTION         "I" (information)
//   INDICATOR      the indicator code                          (dimension)
//   TIME_PERIOD    SdmxTimePeriod of the period                (dimension)
//   <BY>           the `by` dimension's value, when given; the
//                  header is SdmxId of its name, e.g. TJENESTE,
//                  with "DIM_" before it if it would clash with
//                  another column's name                        (dimension)
//   OBS_VALUE      the value                                   (measure)
//   UNIT_MEASURE   SdmxId of the unit key, e.g. PERCENT        (attribute)
//   OBS_STATUS     "A" normal (final) or "P" provisional       (attribute)
//   OBS_QUALIFIER  "EXACT", "ABOUT", "UNDER" (the true value is
//                  below OBS_VALUE) or "OVER" (above it)       (attribute)
//   COMMENT        the note (ValueNote)                        (attribute)
#pragma once

#include <string>
#include <string_view>

#include "formats/series_table.h"

namespace fremdrift {

inline constexpr std::string_view kSdmxStructureId = "FREMDRIFT:INDICATORS(1.0)";

std::string SdmxCsv(const SeriesDownload& d);

// A period in SDMX time format: 2022, 2022-T1 (reporting tertial),
// 2022-Q1, 2022-M01 (reporting month), 2022-W05, 2022-01-31. Text that is
// not a period is returned unchanged.
std::string SdmxTimePeriod(std::string_view period);

// `name` as an SDMX identifier: upper case, with æ ø å written AE OE AA,
// and any character outside A-Z, 0-9 and '_' replaced by '_'; "_" if empty.
std::string SdmxId(std::string_view name);

}  // namespace fremdrift
