// The "Gevinster" / "Benefits" section of a plan item's page: the benefits
// the item helps bring about (docs/strategy-model.md, "Benefits"), each
// linked to its page, and a link to add one for those who may. Shown to
// signed-in users only, as the API lists them.
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "web/request_context.h"

namespace fremdrift {

// {"item_benefits": {has_benefits, benefits [BenefitRowView], can_add,
// new_url, deleted (?gevinst_slettet: one was just deleted)}} for a
// signed-in reader, else an empty map. `item_ref` is "<strategy>/<item>";
// `can_add` whether the reader may keep benefits on the item.
mstch::map ItemBenefits(RequestContext& ctx, const std::string& item_ref, bool can_add);

}  // namespace fremdrift
