// What a download of an indicator's series says about it to a person (the
// XLSX workbook's "Om indikatoren" sheet, formats/series_xlsx.h): name,
// code, description, unit, better direction, source, baseline, targets,
// data note, achievement per target group with its reason, when the data
// last changed and the selection, every label and value in the
// catalogue's language, worded as the monitor's page words them.
#pragma once

#include "domain/download_about.h"
#include "domain/indicator.h"
#include "domain/series.h"
#include "render/i18n.h"

namespace fremdrift {

DownloadAbout SeriesAbout(const Indicator& indicator, const IndicatorSeries& series,
                          const SeriesQuery& query, const Catalogue& t);

}  // namespace fremdrift
