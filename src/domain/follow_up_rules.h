// The rules of follow-up actions apart from storage: what makes one valid,
// which moves between states are allowed, and who may move them.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/body.h"
#include "domain/failure.h"
#include "domain/follow_up_action.h"
#include "domain/user.h"

namespace fremdrift {

// Description and responsible organisation present; a due date or "to a
// later meeting", not both (or neither: a decision such as NUIT's 24/22
// gives no date, and none is invented); links well formed and not
// repeated; a reason when the state is not_done. Fields as in the JSON
// form, e.g. "links[1].reference".
std::vector<FieldProblem> ValidateFollowUpAction(const FollowUpAction& a);

// Whether an action may move from `from` to `to`: open → in_progress,
// done or not_done; in_progress → open, done or not_done; done or not_done
// back to in_progress (reopened). Staying is always allowed. not_done
// needs a non-empty `reason`. Returns nullopt when allowed.
std::optional<FieldProblem> ActionTransitionProblem(ActionState from, ActionState to, std::string_view reason);

// Whether `user` may move the state of `action` of a case of `body`: those
// who may edit the body's records (MayEditGovernance), and editors of the
// responsible organisation.
bool MayUpdateActionState(const User& user, const FollowUpAction& action, const Body& body);

}  // namespace fremdrift
