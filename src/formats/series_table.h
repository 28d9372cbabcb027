// What every download of an indicator's series is made from, and the table
// that the CSV and XLSX downloads share: one row per value with the columns
// indicator, period, the `by` dimension's key and its label in the
// download's language (when given), value, unit, status,
// qualifier (exact, about, under, over: docs/indicators.md) and note. The writers (series_csv.h, series_xlsx.h, series_json.h,
// sdmx_csv.h) are pure functions of a SeriesDownload.
#pragma once

#include <string>
#include <vector>

#include "domain/download_about.h"
#include "domain/indicator.h"
#include "domain/series.h"

namespace fremdrift {

// An indicator's series as read for a query, with the notes behind its values.
struct SeriesDownload {
  Indicator indicator;
  IndicatorSeries series;  // ReadSeries(indicator, query)
  SeriesQuery query;
  SeriesNotes notes;       // ReadSeriesNotes(...); may be empty
  std::string lang = "nb";  // of the groups' labels: "nb" or "en"
  // What the download says about the indicator, in `lang`
  // (render/series_about_text.h); the XLSX workbook's second sheet.
  DownloadAbout about;
};

// The header of the table: "indicator", "period", the `by` dimension's name
// and "label" when the series has one, "value", "unit", "status",
// "qualifier", "note".
std::vector<std::string> SeriesColumns(const SeriesDownload& d);

// The label of `v`'s group in the download's language (from the
// indicator's label catalogue, domain/dimension_labels.h).
std::string GroupLabel(const SeriesDownload& d, const SeriesValue& v);

// The unit as a reader wants it: the unit label when there is one (e.g.
// "kommuner"), else the unit key ("percent").
std::string UnitText(const Indicator& indicator);

// "provisional" or "final".
std::string SeriesStatusText(const SeriesValue& v);

// "exact", "about", "under" or "over".
std::string QualifierText(const SeriesValue& v);

// The note of one value: the notes of the measurements behind it, then, for
// a mean of several shares or rates, "mean of N values".
std::string ValueNote(const SeriesDownload& d, const SeriesValue& v);

// `value` in the shortest plain decimal notation that reads back to the same
// double, with `decimal_separator` and never an exponent: 28, 12.5, 7000000,
// -0.25.
std::string DecimalText(double value, char decimal_separator = '.');

}  // namespace fremdrift
