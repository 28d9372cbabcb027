// Reading a decimal number as people write it in CSV files, in English or
// Norwegian notation.
#pragma once

#include <optional>
#include <string_view>

namespace fremdrift {

// The value of `text`, or nullopt if it is not a plain decimal number.
//
// Accepted: surrounding spaces, tabs and no-break spaces; an optional '-' or
// '+'; digits with at most one decimal separator, which must be followed by
// a digit ("12", "12.5", ".5", "-3"); then an optional exponent ("1.5e3",
// "2E-4"). The separator is '.', and also ',' when `allow_decimal_comma`.
// With `allow_decimal_comma`, the whole-number digits may be grouped by
// threes with a space, U+00A0 or U+202F ("1 234 567,89").
//
// Refused: empty text, "1,234" without `allow_decimal_comma`, "1.2.3",
// "1.234,5", badly grouped digits ("12 34"), "5.", hexadecimal, "nan",
// "inf", and values outside the range of a double ("1e999", "1e-999").
std::optional<double> ParseDecimal(std::string_view text, bool allow_decimal_comma);

}  // namespace fremdrift
