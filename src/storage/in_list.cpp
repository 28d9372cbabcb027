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

}  // namespace fremdrift
