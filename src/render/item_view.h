// What the pages show of one plan item, as a mstch map for the templates
// (templates/item_facts.mustache, tree_node.mustache, item.mustache).
//
// Every key is always present, empty or false when the item has no value:
// Mustache looks a missing key up in the enclosing sections, so a child
// without a description would otherwise show its parent's.
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

// The item's level name and code, e.g. "Delmål 1B", or "Tema" without a code.
std::string ItemLabel(const PlanItem& item, const Strategy& strategy);

// A one-line heading: "Delmål 1B: <title>" when the item has a code,
// else just the title.
std::string ItemHeading(const PlanItem& item, const Strategy& strategy);

// Keys: id, key, anchor, url, title, code, has_code, label, heading, level,
// level_name, description, has_description, owners_text, has_owners,
// user_groups_text, has_user_groups, has_schedule, start_text, end_text,
// phases_text, has_phases, tentative, has_facts, links [{text, url, safe}],
// has_links, source, has_source, children (empty array).
mstch::map ItemView(const PlanItem& item, const Strategy& strategy, const PlanNames& names,
                    const Catalogue& t);

}  // namespace fremdrift
