// The "Risikoer" / "Risks" section of a plan item's or portfolio item's
// page: the item's risks (open ones first, highest score first) with their
// level in words, and a link to add one for those who may. Shown to
// signed-in users only, as the register is (web/page_risks.h).
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "domain/risk.h"
#include "web/request_context.h"

namespace fremdrift {

// {"item_risks": {...}} for a signed-in reader, else an empty map; keys:
// has_risks, risks [RiskRowView], can_add, new_url, register_url.
mstch::map ItemRisks(RequestContext& ctx, RiskSubjectKind kind, const std::string& subject, bool can_add);

}  // namespace fremdrift
