// Words for the reporting round on pages: a report's state, the days left
// to a deadline, and the address of a report's form.
#pragma once

#include <string>

#include "domain/expected_report.h"
#include "render/i18n.h"

namespace fremdrift {

// "Ikke påbegynt", "Utkast", "Sendt inn", "Godkjent", "Sendt i retur".
std::string ReportStateText(ReportState s, const Catalogue& t);

// "14 dager igjen", "I dag", "2 dager over fristen".
std::string DaysLeftText(int days_left, const Catalogue& t);

// The assessment form of a report: /rapport/{period}/vurder/{kind:key}?strategy=KEY.
std::string ReportFormUrl(const std::string& strategy_key, const std::string& period_code,
                          const Subject& subject);

// The subject as the form's path segment: item:KEY, indicator:CODE or strategy.
std::string SubjectSegment(const Subject& subject);

}  // namespace fremdrift
