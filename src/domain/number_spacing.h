// The spaces Norwegians write in numbers ("1 234,5", with an ordinary,
// no-break or narrow no-break space between groups of three digits), read
// one way by every parser of typed numbers: formats/decimal.h (CSV and
// bundle values) and domain/typed_input.h (form fields).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace fremdrift {

inline constexpr std::string_view kNoBreakSpace = "\xC2\xA0";            // U+00A0
inline constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";  // U+202F

// The length of the space (ASCII, U+00A0 or U+202F) that `text` starts
// with, or 0.
size_t NumberSpaceLength(std::string_view text);

// `text` without leading and trailing spaces of those kinds and tabs.
std::string_view TrimNumberSpaces(std::string_view text);

// Reads the whole-number digits of `text` from `*i`, passing each to
// `put(char)` and leaving `*i` after them. With `grouped_allowed`, a space
// may separate groups of three digits after a first group of one to three
// ("1 234 567"). Returns the count of digits, or nullopt when the groups
// are wrong ("12 34", "1 2345", a trailing space group).
template <typename Put>
std::optional<size_t> ReadWholeDigits(std::string_view text, size_t* i, bool grouped_allowed, Put put) {
  size_t group = 0, digits = 0;
  bool grouped = false;
  while (*i < text.size()) {
    char c = text[*i];
    if (c >= '0' && c <= '9') {
      put(c);
      ++*i;
      ++group;
      ++digits;
    } else if (size_t space = grouped_allowed ? NumberSpaceLength(text.substr(*i)) : 0) {
      if (group == 0 || (grouped ? group != 3 : group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      *i += space;
    } else {
      break;
    }
  }
  if (grouped && group != 3) return std::nullopt;
  return digits;
}

}  // namespace fremdrift
