#include "domain/follow_up_action.h"

namespace fremdrift {

std::string_view ActionStateKey(ActionState s) {
  switch (s) {
    case ActionState::kOpen: return "open";
    case ActionState::kInProgress: return "in_progress";
    case ActionState::kDone: return "done";
    case ActionState::kNotDone: return "not_done";
  }
  return "open";
}

const std::vector<ActionState>& AllActionStates() {
  static const std::vector<ActionState> kAll = {ActionState::kOpen, ActionState::kInProgress, ActionState::kDone,
                                                ActionState::kNotDone};
  return kAll;
}

std::optional<ActionState> ActionStateFromKey(std::string_view key) {
  for (auto s : AllActionStates()) {
    if (ActionStateKey(s) == key) return s;
  }
  return std::nullopt;
}

bool IsOpenAction(ActionState s) { return s == ActionState::kOpen || s == ActionState::kInProgress; }

bool AwaitsMeeting(const FollowUpAction& a) {
  return a.to_meeting && !a.brought_back_case_id && IsOpenAction(a.state);
}

}  // namespace fremdrift
