// The change from an indicator's previous value to its latest, in words
// as well as an arrow, so that the direction never rests on the symbol:
//  - percentages change in percentage points: "Opp 5 prosentpoeng fra
//    23 % (januar 2022)";
//  - counts, money and days change relatively: "Opp 514 % fra 7 000 000
//    innlogginger (2017)"; from zero, by the amount itself;
//  - other units by the amount: "Ned 0,3 fra 2,4 (2021)".
// Equal values read "Uendret fra (period)". Approximate values and bounds
// (domain/qualified_change.h) are said honestly: "Opp om lag 7
// prosentpoeng fra 20 %", "Ned minst 3 prosentpoeng fra 5 %", or, when the
// bounds allow either direction, that the direction cannot be told.
#pragma once

#include <string>

#include "domain/indicator.h"
#include "domain/measurement_qualifier.h"
#include "render/i18n.h"

namespace fremdrift {

enum class ChangeDirection { kUp, kDown, kSame, kUnknown };

struct ChangeText {
  ChangeDirection direction = ChangeDirection::kSame;
  std::string arrow;  // "↑", "↓", "→" or "↕"; decorative (the text says it)
  std::string text;
  std::string css;    // "up", "down", "same", "unknown"
};

ChangeText DescribeChange(double previous, Qualifier previous_qualifier, const std::string& previous_period,
                          double latest, Qualifier latest_qualifier, const Indicator& indicator,
                          const Catalogue& t);

}  // namespace fremdrift
