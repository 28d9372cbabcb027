// Reports each member of a JSON object that a record does not know, as a
// problem "unknown_field" whose field is `path` + the member's name (the
// scale records of the bundle and the API read with it).
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

inline void UnknownFields(const nlohmann::json& in, const std::string& path, const std::set<std::string>& known,
                          std::vector<FieldProblem>& problems) {
  for (const auto& [k, v] : in.items()) {
    if (!known.count(k)) problems.push_back({path + k, "is not a known field", "unknown_field", {}});
  }
}

}  // namespace fremdrift
