#pragma once

#include <cstddef>
#include <string>

namespace fremdrift {

// The field path of one member of a list's item, as problems name it:
// ListItemField("members", 2, "person") is "members[2].person".
inline std::string ListItemField(const char* list, size_t i, const char* field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + field;
}

}  // namespace fremdrift
