// The measurements page of an indicator with the form to change one
// measurement open (web/page_measurements.cpp):
// /indikatorer/{code}/maalinger?periode=...&dimensjon=name%3Dvalue...#endre
#pragma once

#include <string>

#include "domain/indicator.h"

namespace fremdrift {

std::string MeasurementEditUrl(const std::string& code, const std::string& period,
                               const DimensionValues& dims);

}  // namespace fremdrift
