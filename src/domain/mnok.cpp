#include "domain/mnok.h"

#include <cstdlib>
#include <limits>

namespace fremdrift {
namespace {

constexpr int kUnitDecimals = 7;

int64_t Pow10(int n) {
  int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// a / b rounded half away from zero; b > 0.
int64_t DivideRounded(int64_t a, int64_t b) {
  int64_t q = a / b;
  int64_t r = a % b;
  if (2 * (r < 0 ? -r : r) >= b) q += a < 0 ? -1 : 1;
  return q;
}

}  // namespace

std::optional<Mnok> Mnok::Parse(std::string_view text, int max_decimals) {
  if (max_decimals < 0 || max_decimals > kUnitDecimals) return std::nullopt;
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  int64_t whole = 0;
  int whole_digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (++whole_digits > 7) return std::nullopt;  // 10 million MNOK or more
    whole = whole * 10 + (text[i++] - '0');
  }
  int64_t fraction = 0;
  int decimals = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (++decimals > max_decimals) return std::nullopt;
      fraction = fraction * 10 + (text[i++] - '0');
    }
    if (decimals == 0) return std::nullopt;
  }
  if (i != text.size() || whole_digits == 0) return std::nullopt;
  int64_t units = whole * kUnitsPerMnok + fraction * Pow10(kUnitDecimals - decimals);
  return Mnok(negative ? -units : units);
}

std::optional<int64_t> Mnok::Thousandths() const {
  constexpr int64_t kPer = kUnitsPerMnok / 1000;
  if (units_ % kPer != 0) return std::nullopt;
  return units_ / kPer;
}

Mnok Mnok::Share(int basis_points) const {
  // Parse keeps |units| below 1e14, so the product stays below 1e18.
  return Mnok(DivideRounded(units_ * basis_points, 10'000));
}

Mnok Mnok::Rounded(int decimals) const {
  if (decimals >= kUnitDecimals) return *this;
  int64_t step = Pow10(kUnitDecimals - (decimals < 0 ? 0 : decimals));
  return Mnok(DivideRounded(units_, step) * step);
}

std::string Mnok::RoundedText(int decimals) const {
  if (decimals > kUnitDecimals) decimals = kUnitDecimals;
  if (decimals < 0) decimals = 0;
  int64_t scaled = DivideRounded(units_, Pow10(kUnitDecimals - decimals));
  bool negative = scaled < 0;
  uint64_t magnitude = negative ? static_cast<uint64_t>(-scaled) : static_cast<uint64_t>(scaled);
  std::string digits = std::to_string(magnitude);
  if (decimals > 0) {
    if (digits.size() <= static_cast<size_t>(decimals)) {
      digits.insert(0, decimals + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - decimals, ".");
  }
  return negative ? "-" + digits : digits;
}

std::string Mnok::ExactText() const {
  std::string text = RoundedText(kUnitDecimals);
  size_t dot = text.find('.');
  size_t end = text.find_last_not_of('0');
  text.erase(end == dot ? dot : end + 1);
  return text == "-0" ? "0" : text;
}

}  // namespace fremdrift
