// How the charts and the monitor write numbers: Norwegian style in bokmål
// ("43 000 000", "28,5 %"), English style in English ("43,000,000",
// "28.5%"). Values are rounded to at most `max_decimals` decimals and
// trailing zeros are dropped; a negative value gets a true minus sign.
#pragma once

#include <string>

namespace fremdrift {

struct NumberFormat {
  std::string lang = "nb";  // "nb" or "en"
  std::string suffix;       // appended to every value, e.g. " %" (nb) or "%" (en)
  int max_decimals = 1;
};

std::string FormatNumber(double value, const NumberFormat& format);

// The percent sign as each language writes it after a number: " %" in
// bokmål (with a space), "%" in English.
std::string PercentSuffix(const std::string& lang);

}  // namespace fremdrift
