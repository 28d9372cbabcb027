#include "render/chart_number_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fremdrift {

std::string FormatNumber(double value, const NumberFormat& f) {
  int decimals = std::clamp(f.max_decimals, 0, 6);
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * scale) / scale;
  bool negative = value < 0 && rounded != 0;

  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string digits = buf;
  std::string whole = digits, fraction;
  if (size_t dot = digits.find('.'); dot != std::string::npos) {
    whole = digits.substr(0, dot);
    fraction = digits.substr(dot + 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }

  bool nb = f.lang != "en";
  const char* group = nb ? " " : ",";
  std::string out = negative ? "\u2212" : "";
  // Four-digit numbers are grouped too, as the sources write them (7 700).
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += group;
    out += whole[i];
  }
  if (!fraction.empty()) out += (nb ? "," : ".") + fraction;
  return out + f.suffix;
}

std::string PercentSuffix(const std::string& lang) { return lang == "en" ? "%" : " %"; }

}  // namespace fremdrift
