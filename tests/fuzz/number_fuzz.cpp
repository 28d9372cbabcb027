// Fuzzes the readers of numbers typed by people: ParseDecimal in English
// and Norwegian notation ("1 234,5", "-0,25", "1.5e3"), Mnok::Parse
// (amounts in MNOK, at most three decimals) and ParseKeyPercent (a cost
// key in percent, "44.5"). Accepted numbers are finite; Norwegian notation
// only adds forms; an amount's exact text reads back as the same amount;
// a key is 0 to 100 %.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "domain/cost_sharing_rules.h"
#include "domain/mnok.h"
#include "formats/decimal.h"

namespace {

void Check(bool ok, const char* what, std::string_view input) {
  if (ok) return;
  std::fprintf(stderr, "%s for '%.*s'\n", what, static_cast<int>(input.size()), input.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto point = fremdrift::ParseDecimal(text, false);
  auto comma = fremdrift::ParseDecimal(text, true);
  Check(!point || std::isfinite(*point), "not finite", text);
  Check(!comma || std::isfinite(*comma), "not finite (decimal comma)", text);
  Check(!point || (comma && std::memcmp(&*point, &*comma, sizeof(double)) == 0),
        "decimal comma notation changes a number", text);

  for (int decimals = 0; decimals <= 7; ++decimals) {
    auto amount = fremdrift::Mnok::Parse(text, decimals);
    if (!amount) continue;
    Check(fremdrift::Mnok::Parse(amount->ExactText(), 7) == amount, "amount does not read back",
          text);
    Check(amount->Rounded(decimals) == *amount, "amount has more decimals than allowed", text);
    Check(point && std::fabs(*point - amount->ToDouble()) <= 1e-6 * std::fmax(1.0, std::fabs(*point)),
          "amount differs from the decimal", text);
    (void)amount->RoundedText(decimals);
    if (decimals <= 3) (void)amount->Share(4450);
  }
  if (auto key = fremdrift::ParseKeyPercent(text)) {
    Check(*key >= 0 && *key <= 10000, "key outside 0 to 100 %", text);
    Check(fremdrift::ParseKeyPercent(fremdrift::KeyPercentText(*key)) == key,
          "key does not read back", text);
  }
  return 0;
}
