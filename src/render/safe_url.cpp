#include "render/safe_url.h"

#include <cctype>
#include <string>

namespace fremdrift {

bool IsSafeLinkUrl(std::string_view url) {
  std::string lower;
  for (char c : url.substr(0, 8)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t prefix = 0;
  if (lower.rfind("https://", 0) == 0) prefix = 8;
  else if (lower.rfind("http://", 0) == 0) prefix = 7;
  else return false;
  if (url.size() == prefix) return false;  // no host
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '\\') return false;
  }
  return true;
}

}  // namespace fremdrift
