#include "storage/in_list.h"

namespace fremdrift {

std::string InListOf(const std::set<std::string>& values, SqlParams& params) {
  std::string marks;
  for (const auto& value : values) {
    marks += marks.empty() ? "?" : ", ?";
    params.push_back(value);
  }
  return marks;
}

std::string IdListOf(const std::vector<int64_t>& ids, SqlParams& params) {
  std::string list;
  if (ids.size() > kMaxInListValues) {
    for (int64_t id : ids) {
      if (!list.empty()) list += ",";
      list += std::to_string(id);  // integers: safe to inline
    }
    return list;
  }
  return PaddedMarksOf(std::span<const int64_t>(ids), params);
}

}  // namespace fremdrift
