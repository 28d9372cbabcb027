// The "Gevinster" / "Benefits" section of a plan item's page: the benefits
// the item helps bring about (docs/strategy-model.md, "Benefits"). Shown
// to signed-in users only, as the API lists them.
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "web/request_context.h"

namespace fremdrift {

// {"item_benefits": {has_benefits, benefits [BenefitRowView]}} for a
// signed-in reader, else an empty map. `item_ref` is "<strategy>/<item>".
mstch::map ItemBenefits(RequestContext& ctx, const std::string& item_ref);

}  // namespace fremdrift
