// Addresses of the signed-in indicator pages (web/page_indicators.h).
#pragma once

#include <string>

#include "domain/indicator.h"

namespace fremdrift {

inline constexpr const char* kIndicatorListUrl = "/indikatorer";
inline constexpr const char* kMeasurementUploadUrl = "/indikatorer/last-opp";

std::string IndicatorEditUrl(const std::string& code);
std::string MeasurementsPageUrl(const std::string& code);
// The labels of the indicator's breakdowns (web/page_dimension_labels.cpp).
std::string DimensionLabelsPageUrl(const std::string& code);

// The measurements page with the form to change one measurement open:
// ?periode=...&dimensjon=name%3Dvalue...
std::string MeasurementEditUrl(const std::string& code, const std::string& period,
                               const DimensionValues& dims);

}  // namespace fremdrift
