// An amount of money in million NOK (MNOK), held exactly as a whole number
// of ten-millionths of an MNOK (0.1 NOK), so that sums and key shares never
// pick up binary floating-point error.
//
// Inputs (costs, changes, starting shares) have at most three decimals
// (thousands of NOK); a share of such an amount under a key given in
// hundredths of a percent is then exact in this unit (see Mnok::Share).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fremdrift {

class Mnok {
 public:
  static constexpr int64_t kUnitsPerMnok = 10'000'000;  // 1e7
  static constexpr int kInputDecimals = 3;

  constexpr Mnok() = default;
  static constexpr Mnok FromUnits(int64_t units) { return Mnok(units); }
  static constexpr Mnok FromThousandths(int64_t thousandths) {
    return Mnok(thousandths * (kUnitsPerMnok / 1000));
  }

  // The amount written as "-12", "70.4" or "54.165" ('.' as the decimal
  // separator, at most `max_decimals` decimals, no exponent or grouping),
  // or nullopt if `text` is not such a number or is out of range.
  static std::optional<Mnok> Parse(std::string_view text, int max_decimals = kInputDecimals);

  constexpr int64_t units() const { return units_; }
  // The amount in thousandths of an MNOK, or nullopt if it has more than
  // three decimals.
  std::optional<int64_t> Thousandths() const;

  // This amount times `basis_points` / 10000 (a key of 44.5 % is 4450
  // basis points). Exact when the amount has at most three decimals, which
  // holds for every cost and change; otherwise rounded half away from zero
  // to the unit.
  Mnok Share(int basis_points) const;

  // Rounded half away from zero to `decimals` (0..7) decimals.
  Mnok Rounded(int decimals) const;

  // The exact amount in plain notation without trailing zeros: "55.535",
  // "-28", "0".
  std::string ExactText() const;
  // Rounded half away from zero and written with exactly `decimals`
  // decimals and '.' as separator: "284.6", "567.0", "-28.0".
  std::string RoundedText(int decimals) const;
  // The nearest double, for charts and spreadsheet cells only.
  double ToDouble() const { return static_cast<double>(units_) / kUnitsPerMnok; }

  constexpr Mnok operator+(Mnok o) const { return Mnok(units_ + o.units_); }
  constexpr Mnok operator-(Mnok o) const { return Mnok(units_ - o.units_); }
  constexpr Mnok& operator+=(Mnok o) { units_ += o.units_; return *this; }
  constexpr auto operator<=>(const Mnok&) const = default;

 private:
  constexpr explicit Mnok(int64_t units) : units_(units) {}
  int64_t units_ = 0;
};

}  // namespace fremdrift
