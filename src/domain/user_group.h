// Who a plan item serves ("brukergruppe"): municipalities, the specialist
// health service, GPs...
#pragma once

#include <cstdint>
#include <string>

namespace fremdrift {

struct UserGroup {
  int64_t id = 0;
  std::string key;   // unique slug, e.g. "kommune-og-fylkeskommune"
  std::string name;  // as the source writes it
  std::string source;
};

}  // namespace fremdrift
