// Follow-up actions of decisions on behalf of a user (docs/governance.md,
// "Follow-up"): creating, changing and deleting them (those who may edit
// the case's body), moving their state (also the responsible
// organisation's editors), and the lists that show them: an
// organisation's tasks, a body's cases to be brought back, the actions
// that concern a plan item. Each change is written with its audit entry
// (entity "action") in one transaction; nothing is written on a Failure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/follow_up_action.h"
#include "domain/meeting.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Adds an action to the decision of case `case_id` from `in`
// (description, organisation, due or to_meeting, to_body, links, source).
FollowUpAction CreateAction(SqlConnection& conn, const User& actor, int64_t case_id, const nlohmann::json& in);
// Changes action `id`: fields present replace the stored ones; `version`
// is required; a state change follows ActionTransitionProblem.
FollowUpAction UpdateAction(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in);
// Moves action `id` to `state` (with `reason` for not_done); also for
// editors of the responsible organisation.
FollowUpAction SetActionState(SqlConnection& conn, const User& actor, int64_t id, const std::string& state,
                              const std::string& reason, std::optional<int64_t> version);
void DeleteAction(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version);

// Records inside the caller's transaction that `new_case` (just put on
// an agenda) brings back the case of action `action_id`. kInvalid (field
// "follows_up") when the action does not wait for a meeting of the new
// case's body.
void LinkBroughtBack(SqlConnection& conn, const User& actor, int64_t action_id, const Case& new_case);

// An action with the case, body and meeting it came from.
struct ActionInContext {
  FollowUpAction action;
  Case item;
  Body body;     // the case's body
  Meeting meeting;
  std::optional<Body> to_body;  // where it is to be brought back, when it is
};

// The actions in context, in the order given.
std::vector<ActionInContext> InContext(SqlConnection& conn, const std::vector<FollowUpAction>& actions);

// The open actions (open or in progress) of `user`'s organisation,
// oldest decision first. Readers have none.
std::vector<ActionInContext> ActionTasksFor(SqlConnection& conn, const User& user);

// How many of ActionTasksFor there are: the open actions (open or in
// progress) of `user`'s organisation; none for readers. The page header
// adds them to the open reports (OpenTaskCount).
int OpenActionCount(SqlConnection& conn, const User& user);

// The cases to be brought back to a meeting of `body_id` (AwaitsMeeting),
// oldest first.
std::vector<ActionInContext> PendingReturns(SqlConnection& conn, int64_t body_id);

}  // namespace fremdrift
