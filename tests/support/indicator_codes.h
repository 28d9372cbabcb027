// The codes of a list of indicators, for comparing which indicators a
// grouping or listing holds and in what order.
#pragma once

#include <string>
#include <vector>

#include "domain/indicator.h"

namespace fremdrift::testing {

inline std::vector<std::string> Codes(const std::vector<const Indicator*>& indicators) {
  std::vector<std::string> out;
  for (const auto* i : indicators) out.push_back(i->code);
  return out;
}

}  // namespace fremdrift::testing
