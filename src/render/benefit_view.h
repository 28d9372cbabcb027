// How a benefit (domain/benefit.h) is shown on an item's page, its own
// page and the status report: its kind and state in words (the state also
// as a tag with a mark, never by colour alone), owner, baseline, target
// and date, and the indicator that measures it.
#pragma once

#include <mstch/mstch.hpp>

#include "domain/benefit.h"
#include "render/i18n.h"

namespace fremdrift {

// {key, url (its page), description, kind_text, state_chip {colour, mark,
// text}, state_text, state (the key), owner_text, has_baseline, baseline,
// has_target, target, by_text, has_by, has_indicator, indicator,
// has_comment, comment, version}.
mstch::map BenefitRowView(const Benefit& benefit, const Catalogue& t);

}  // namespace fremdrift
