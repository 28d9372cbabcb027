// What a cache needs to know of an indicator, read in one small query: its
// id and data version (a new import bumps it), whether it is published,
// for a ratio the codes its figures are computed from, and its unit (whether
// its values add up), which a ratio's quotient needs of its parts.
#pragma once

#include <cstdint>
#include <string>

namespace fremdrift {

struct IndicatorStamp {
  int64_t id = 0;
  bool published = false;
  int64_t version = 0;
  std::string kind;
  std::string numerator;
  std::string denominator;
  std::string unit;
};

}  // namespace fremdrift
