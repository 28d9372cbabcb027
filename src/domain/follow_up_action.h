// A follow-up action ("oppfølging") of a decision: what is to be done, by
// which organisation, by when (a due date, or "to a later meeting": the
// case is to be brought back, "fremmes igjen"), what it concerns, and how
// far it has come. NUIT's 24/22 asks the directorate to take the meeting's
// input into its further work; 20/22 asks that the case be brought back.
// Plain data; the rules are in follow_up_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/date.h"

namespace fremdrift {

// open ("åpen") → in progress ("under arbeid") → done ("utført"), or not
// done ("ikke utført") with a reason.
enum class ActionState { kOpen, kInProgress, kDone, kNotDone };
std::string_view ActionStateKey(ActionState s);  // open, in_progress, done, not_done
std::optional<ActionState> ActionStateFromKey(std::string_view key);
const std::vector<ActionState>& AllActionStates();

struct FollowUpAction {
  int64_t id = 0;
  int64_t case_id = 0;         // the case whose decision asks for it
  std::string description;     // what is to be done
  std::string organisation;    // the responsible organisation's short name
  std::optional<Date> due;     // nullopt: no date (see to_meeting)
  // The case is to be brought back to a meeting of `to_body_id` (the
  // case's own body, or another one for a referral).
  bool to_meeting = false;
  std::optional<int64_t> to_body_id;
  std::vector<CaseLink> links;  // plan items, indicators, portfolio items, health apps...
  ActionState state = ActionState::kOpen;
  std::string state_reason;     // why it was not done (required then)
  // The later case that brought it back, once one is on an agenda.
  std::optional<int64_t> brought_back_case_id;
  std::string source;
  int64_t version = 1;
};

// Whether the action waits for a case to be placed on an agenda: to a
// later meeting, not yet brought back, and neither done nor given up.
bool AwaitsMeeting(const FollowUpAction& a);

// Whether the action is still to be worked on (open or in progress).
bool IsOpenAction(ActionState s);

}  // namespace fremdrift
