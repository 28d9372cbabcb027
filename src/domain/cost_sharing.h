// Cost sharing of the national e-health solutions ("kostnadsfordeling"):
// the yearly running cost of each national solution (Helsenorge,
// kjernejournal, e-resept...) in MNOK, shared between actor groups (RHF,
// kommuner, apotek, or any other group: groups are data) by a distribution
// key ("fordelingsnøkkel") that is set per solution and year.
//
// How a year's shares follow from these records is in cost_table.h; the
// rules for one record are in cost_sharing_rules.h; docs/cost-sharing.md
// explains both for users.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/mnok.h"

namespace fremdrift {

// A group of actors that pays a part of the costs, e.g. "rhf" (the regional
// health authorities), "kommuner", "apotek".
struct CostGroup {
  int64_t id = 0;
  std::string key;   // unique, lower case, e.g. "rhf"
  std::string name;  // e.g. "Regionale helseforetak"
  int sort_order = 0;
  std::string source;
  int64_t version = 0;
};

// A national e-health solution whose running cost is shared.
struct NationalSolution {
  int64_t id = 0;
  std::string key;   // unique, e.g. "helsenorge"
  std::string name;  // e.g. "Helsenorge"
  int sort_order = 0;
  std::string source;
  std::string notes;
  int64_t version = 0;
};

// How a year's key is applied (chosen per solution and year).
enum class SharingMethod {
  // The starting point of a chain: the shares are given per group, and the
  // cost is their sum.
  kOpening,
  // The key shares this year's change only, on top of last year's shares
  // ("fordeling av vekst").
  kGrowth,
  // The key shares the whole increase of the cost over the cost of a base
  // year ("samlet kostnadsøkning over grunnbeløp"), on top of the base
  // year's shares; the method case 22/22 recommends for 2023.
  kIncreaseOverBase,
};

std::string_view SharingMethodKey(SharingMethod m);  // "opening", "growth", "increase_over_base"
std::optional<SharingMethod> ParseSharingMethod(std::string_view key);

// One solution's record for one year.
struct SolutionYear {
  int64_t id = 0;
  std::string solution;  // NationalSolution::key
  int year = 0;
  SharingMethod method = SharingMethod::kGrowth;
  // kGrowth and kIncreaseOverBase: the cost's change from the previous
  // year ("endring", "vekst"); the year's cost is the previous cost plus
  // this change.
  Mnok change;
  // kIncreaseOverBase: the year whose cost is the base amount
  // ("grunnbeløp") and whose shares the increase is added to.
  std::optional<int> base_year;
  // kGrowth and kIncreaseOverBase: group key -> share of the key in basis
  // points (hundredths of a percent; 44.5 % is 4450). Sums to 10000.
  std::map<std::string, int> key;
  // kOpening: group key -> that group's share of the cost.
  std::map<std::string, Mnok> opening_shares;
  std::string source;
  std::string notes;
  int64_t version = 0;
};

}  // namespace fremdrift
