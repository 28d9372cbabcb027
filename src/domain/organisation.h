// An organisation that owns plan items or employs users: a regional health
// authority (RHF), a municipality, a directorate, a state enterprise...
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fremdrift {

struct Organisation {
  int64_t id = 0;
  std::string short_name;  // unique key, e.g. "Hdir"
  std::string name;        // e.g. "Helsedirektoratet"
  std::string kind;        // one of kOrganisationKinds
  std::string source;      // where the fact comes from, a source document's citation
  int64_t version = 1;     // bumped by every change (optimistic concurrency)
};

// "vendor": a company that offers health apps (docs/health-apps.md).
inline constexpr std::array<std::string_view, 10> kOrganisationKinds = {
    "rhf",         "hf",     "municipality", "directorate", "state_enterprise",
    "association", "pharmacy", "ministry",   "other",       "vendor"};

bool IsOrganisationKind(std::string_view kind);

}  // namespace fremdrift
