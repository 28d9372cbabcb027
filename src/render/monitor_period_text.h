// How a measurement period reads on the monitor: "2022", "1. kvartal
// 2023" / "Q1 2023", "2. tertial 2022" / "T2 2022", "april 2022" /
// "April 2022", "uke 5 2022" / "week 5, 2022", and a day as DateText
// writes it. Text that is not a period is returned as it is.
#pragma once

#include <string>

#include "render/i18n.h"

namespace fremdrift {

std::string PeriodText(const std::string& period, const Catalogue& t);

}  // namespace fremdrift
