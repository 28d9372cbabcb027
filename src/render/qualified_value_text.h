// A value as its qualifier says it is known: "om lag 27 %", "under 2 %",
// "over 200 søknader"; an exact value reads as ValueText alone
// (docs/indicators.md, "Approximate figures").
#pragma once

#include <string>

#include "domain/indicator.h"
#include "domain/measurement_qualifier.h"
#include "render/i18n.h"

namespace fremdrift {

// The words before a value with qualifier `q` ("om lag", "under"), or ""
// for an exact value.
std::string QualifierWords(Qualifier q, const Catalogue& t);

// ValueText(value, indicator, t) after QualifierWords(q, t).
std::string QualifiedValueText(double value, Qualifier q, const Indicator& indicator,
                               const Catalogue& t);

}  // namespace fremdrift
