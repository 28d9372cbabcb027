// The view of one national solution's yearly cost record (the solution
// page's rows and the record's own page): its method, change, base year and
// key or starting shares in words, with exact figures (not rounded: this is
// what was entered) and a decimal comma in bokmål.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/cost_sharing.h"
#include "render/i18n.h"

namespace fremdrift {

// The exact amount, "-28" / "54,165" (nb) / "54.165" (en): what a form shows.
std::string ExactAmountText(Mnok amount, const Catalogue& t);

// A key share in percent without the sign, "44,5" (nb) / "44.5" (en).
std::string KeyShareText(int basis_points, const Catalogue& t);

// The keys: year, url, method, change, base_year, shares (key or starting
// shares per group in words), source, notes.
mstch::map SolutionYearView(const SolutionYear& record, const std::vector<CostGroup>& groups,
                            const Catalogue& t);

}  // namespace fremdrift
