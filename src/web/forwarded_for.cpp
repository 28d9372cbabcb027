#include "web/forwarded_for.h"

namespace fremdrift {

std::string LastForwardedHop(std::string_view header) {
  size_t comma = header.rfind(',');
  std::string_view last = comma == std::string_view::npos ? header : header.substr(comma + 1);
  size_t begin = last.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return "";
  size_t end = last.find_last_not_of(" \t");
  return std::string(last.substr(begin, end - begin + 1));
}

}  // namespace fremdrift
