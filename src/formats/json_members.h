// Reading the members of a JSON object sent from outside, for the
// governance forms (governance_json.h, minutes_json.h): unknown members,
// strings, arrays of objects and dates, each problem named by its path.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/date.h"
#include "domain/failure.h"
#include "formats/plan_json.h"

namespace fremdrift {

// Adds an "unknown_field" problem for each member of `in` that is neither
// in `fields` nor in `extra`.
void CheckKnown(const nlohmann::json& in, const std::string& path, const std::set<std::string>& fields,
                const std::set<std::string>& extra, std::vector<FieldProblem>& problems);

// Sets `out` from a string member when present.
void Text(const nlohmann::json& in, const char* name, std::string& out, const std::string& path,
          std::vector<FieldProblem>& problems);

// Sets `out` from a boolean member when present.
void Flag(const nlohmann::json& in, const char* name, bool& out, const std::string& path,
          std::vector<FieldProblem>& problems);

// A date member "YYYY-MM-DD", or nullopt when missing or null.
std::optional<Date> OptionalDate(const nlohmann::json& in, const char* name, const std::string& path,
                                 std::vector<FieldProblem>& problems);

// Calls `each(item, item_path)` for every object of an array member.
template <typename Fn>
void Objects(const nlohmann::json& in, const char* name, const std::string& path,
             std::vector<FieldProblem>& problems, Fn each) {
  const auto& list = in[name];
  if (!list.is_array()) {
    problems.push_back({path + name, "must be an array", "not_an_array", {}});
    return;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    std::string p = path + name + "[" + std::to_string(i) + "].";
    if (!list[i].is_object()) {
      problems.push_back({p.substr(0, p.size() - 1), "must be an object", "not_an_object", {}});
      continue;
    }
    each(list[i], p);
  }
}

}  // namespace fremdrift
