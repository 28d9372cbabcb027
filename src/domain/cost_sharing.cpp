#include "domain/cost_sharing.h"

namespace fremdrift {

std::string_view SharingMethodKey(SharingMethod m) {
  switch (m) {
    case SharingMethod::kOpening: return "opening";
    case SharingMethod::kGrowth: return "growth";
    case SharingMethod::kIncreaseOverBase: return "increase_over_base";
  }
  return "growth";
}

std::optional<SharingMethod> ParseSharingMethod(std::string_view key) {
  for (auto m : {SharingMethod::kOpening, SharingMethod::kGrowth,
                 SharingMethod::kIncreaseOverBase}) {
    if (SharingMethodKey(m) == key) return m;
  }
  return std::nullopt;
}

}  // namespace fremdrift
