// The fields that a rule check's problems name, for tests of the domain
// rules that answer with FieldProblems.
#pragma once

#include <string>
#include <vector>

#include "domain/failure.h"  // FieldProblem

namespace fremdrift::testing {

// The field of each problem, in order.
inline std::vector<std::string> Fields(const std::vector<FieldProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.field);
  return out;
}

}  // namespace fremdrift::testing
