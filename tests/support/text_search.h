// Searching rendered text (HTML, SVG, CSV) in tests.
#pragma once

#include <cstddef>
#include <string>

namespace fremdrift::testing {

// How often `what` occurs in `text` (overlapping occurrences count).
inline size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

inline bool Has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

}  // namespace fremdrift::testing
