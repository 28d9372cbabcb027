#include "formats/decimal.h"

#include <charconv>
#include <string>
#include <system_error>

namespace fremdrift {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";        // U+00A0
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";  // U+202F

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of the space (of any kind) that `text` starts with, or 0.
size_t SpaceLength(std::string_view text) {
  if (text.empty()) return 0;
  if (text[0] == ' ') return 1;
  if (text.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  if (text.starts_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

std::string_view Trim(std::string_view text) {
  for (;;) {
    if (!text.empty() && text[0] == '\t') {
      text.remove_prefix(1);
    } else if (size_t n = SpaceLength(text)) {
      text.remove_prefix(n);
    } else {
      break;
    }
  }
  for (;;) {
    if (text.ends_with(' ') || text.ends_with('\t')) {
      text.remove_suffix(1);
    } else if (text.ends_with(kNoBreakSpace)) {
      text.remove_suffix(kNoBreakSpace.size());
    } else if (text.ends_with(kNarrowNoBreakSpace)) {
      text.remove_suffix(kNarrowNoBreakSpace.size());
    } else {
      break;
    }
  }
  return text;
}

}  // namespace

std::optional<double> ParseDecimal(std::string_view text, bool allow_decimal_comma) {
  text = Trim(text);
  // The number is copied without sign and group separators, with '.' as
  // the decimal separator, into `out` for std::from_chars.
  char stack[128];
  std::string heap;
  char* out = stack;
  if (text.size() > sizeof stack) {
    heap.resize(text.size());
    out = heap.data();
  }
  size_t n = 0;
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }

  // Whole-number digits, maybe in groups of three.
  size_t group = 0;      // digits in the current group
  bool grouped = false;  // a group separator was seen
  size_t whole_digits = 0;
  while (i < text.size()) {
    if (IsDigit(text[i])) {
      out[n++] = text[i++];
      ++group;
      ++whole_digits;
    } else if (size_t space = allow_decimal_comma ? SpaceLength(text.substr(i)) : 0) {
      if (group == 0 || (grouped ? group != 3 : group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      i += space;
    } else {
      break;
    }
  }
  if (grouped && group != 3) return std::nullopt;

  // Fraction.
  if (i < text.size() && (text[i] == '.' || (allow_decimal_comma && text[i] == ','))) {
    out[n++] = '.';
    ++i;
    size_t fraction_digits = 0;
    while (i < text.size() && IsDigit(text[i])) {
      out[n++] = text[i++];
      ++fraction_digits;
    }
    if (fraction_digits == 0) return std::nullopt;
  } else if (whole_digits == 0) {
    return std::nullopt;
  }

  // Exponent.
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    out[n++] = 'e';
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) out[n++] = text[i++];
    size_t exponent_digits = 0;
    while (i < text.size() && IsDigit(text[i])) {
      out[n++] = text[i++];
      ++exponent_digits;
    }
    if (exponent_digits == 0) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;

  double value = 0;
  auto [end, ec] = std::from_chars(out, out + n, value, std::chars_format::general);
  if (ec != std::errc() || end != out + n) return std::nullopt;
  return negative ? -value : value;
}

}  // namespace fremdrift
