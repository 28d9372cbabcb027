// How a plan date reads on a page: "01.01.2020" in bokmål (as the sources
// write it), "2020-01-01" in English, "Udefinert"/"Undefined" for a date
// that is explicitly not set, and "" for a level that has no dates.
#pragma once

#include <string>

#include "domain/date.h"
#include "render/i18n.h"

namespace fremdrift {

std::string DateText(const Date& date, const std::string& lang);

std::string ScheduleDateText(const ScheduleDate& date, const Catalogue& t);

}  // namespace fremdrift
