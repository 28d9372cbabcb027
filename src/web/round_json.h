// JSON of the reporting round for the API: expected reports, round
// settings and coverage (app/reporting_round.h).
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "app/reporting_round.h"

namespace fremdrift {

nlohmann::ordered_json ExpectedReportJson(const ExpectedReport& r, std::optional<int64_t> deadline_utc,
                                          int64_t now_utc);
nlohmann::ordered_json RoundSettingsJson(const RoundSettings& s, int64_t now_utc);
nlohmann::ordered_json CoverageJson(const Strategy& s, const ReportingPeriod& p, const Coverage& c,
                                    int64_t now_utc);

}  // namespace fremdrift
