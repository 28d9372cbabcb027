#include "formats/decimal.h"

#include <charconv>
#include <string>
#include <system_error>

#include "domain/number_spacing.h"

namespace fremdrift {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<double> ParseDecimal(std::string_view text, bool allow_decimal_comma) {
  text = TrimNumberSpaces(text);
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
  auto whole = ReadWholeDigits(text, &i, allow_decimal_comma, [&](char c) { out[n++] = c; });
  if (!whole) return std::nullopt;
  const size_t whole_digits = *whole;

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
