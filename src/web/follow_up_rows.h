// Follow-up actions in context as the rows of templates/follow_up_list
// (render/follow_up_view.h), for the case, body, plan item and tasks
// pages.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "app/follow_up_service.h"
#include "web/request_context.h"

namespace fremdrift {

mstch::array ActionRows(RequestContext& ctx, const std::vector<ActionInContext>& actions);

// Adds the open actions with a link of `kind` to `reference` to a page's
// view (keys has_open_actions, open_actions[]; templates/follow_up_concerning).
void AddOpenActionsConcerning(RequestContext& ctx, mstch::map& view, const std::string& kind,
                              const std::string& reference);

}  // namespace fremdrift
