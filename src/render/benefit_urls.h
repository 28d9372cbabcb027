// The form for a new benefit on one plan item:
// /gevinster/ny?element=<strategy>/<item> (the other benefit pages are
// plain routes: UrlFor(routes::kBenefit, key)).
#pragma once

#include <string>

namespace fremdrift {

std::string NewBenefitUrl(const std::string& item_ref);

}  // namespace fremdrift
