#include "domain/record_key.h"

namespace fremdrift {

std::string RecordKeyProblem(std::string_view key, size_t max_bytes, bool allow_inner_spaces) {
  if (key.empty()) return "is required";
  if (key.size() > max_bytes) return "must be at most " + std::to_string(max_bytes) + " bytes";
  if (key.front() == ' ' || key.back() == ' ') return "must not start or end with a space";
  for (char c : key) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return "must not contain control characters";
    if (c == ' ' && !allow_inner_spaces) return "must not contain spaces";
    if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%') {
      return std::string("must not contain the character '") + c + "'";
    }
  }
  return "";
}

}  // namespace fremdrift
