// The view of follow-up actions (templates/follow_up_list.mustache): one
// row per action with what is to be done, who, by when (a date, or "to a
// later meeting of <body>"), its state in words, the reason when it was
// not done, and the case it came from.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/follow_up_action.h"
#include "render/i18n.h"

namespace fremdrift {

std::string ActionStateText(ActionState s, const Catalogue& t);

// What a row shows besides the action itself.
struct ActionRowContext {
  std::string case_label;  // "NUIT-sak 24/22 Title"
  std::string case_url;
  std::string to_body;     // the body it is to be brought back to, if it is
  std::string brought_back_label;  // the case that brought it back, if any
  std::string brought_back_url;
};

// Keys: id, description, organisation, when, state, state_key, is_open,
// has_reason, reason, case_label, case_url, edit_url, state_url,
// has_brought_back, brought_back_label, brought_back_url.
mstch::map ActionRowView(const FollowUpAction& a, const ActionRowContext& c, const Catalogue& t);

}  // namespace fremdrift
