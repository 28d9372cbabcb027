// One value of one indicator for one period, optionally for a combination
// of dimension values (service type, region, respondent group...). A
// measurement without a value records that data is not available yet; its
// note says why or when ("not before the end of February").
#pragma once

#include <optional>
#include <string>

#include "domain/indicator.h"
#include "domain/measurement_qualifier.h"

namespace fremdrift {

// An indicator has at most this many dimensions.
inline constexpr int kMaxDimensions = 4;

struct Measurement {
  std::string indicator;  // indicator code
  std::string period;     // canonical Period::ToString()
  std::optional<double> value;
  DimensionValues dimensions;  // only non-empty values
  bool provisional = false;
  Qualifier qualifier = Qualifier::kExact;  // "om lag", "under", "over"
  std::string note;
  std::string source_ref;
};

}  // namespace fremdrift
