// How an indicator's values and unit read on the monitor: "28 %",
// "3 850 000 innbyggere", "567 mill. kr", "90 dager". Breakdowns are named
// by render/dimension_text.h.
#pragma once

#include <string>

#include "domain/indicator.h"
#include "render/chart_number_text.h"
#include "render/i18n.h"

namespace fremdrift {

// The number format of the indicator's values in the catalogue's language:
// the percent sign for percentages, one decimal at most for percentages
// and two for other units.
NumberFormat ValueFormat(const Indicator& indicator, const Catalogue& t);

// A value with its unit: the percent sign, "mill. kr", "dager", or the
// indicator's unit label (without a trailing remark in parentheses) for
// counts.
std::string ValueText(double value, const Indicator& indicator, const Catalogue& t);

// What ValueText writes after the number (the percent sign is part of the
// number): " mill. kr", " innbyggere", or "".
std::string UnitSuffix(const Indicator& indicator, const Catalogue& t);

// The unit in words, for the facts and the chart's value axis: "Prosent",
// "Millioner kroner", or the unit label with a capital letter.
std::string UnitName(const Indicator& indicator, const Catalogue& t);

}  // namespace fremdrift
