// The rules of minutes apart from storage: what makes them valid, which
// moves between states are allowed, when they are locked, and which case
// may approve them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/failure.h"
#include "domain/meeting.h"
#include "domain/minutes.h"

namespace fremdrift {

// Every attendee named; only a deputy stands in for someone; each case of
// the minutes is one of `agenda` (the meeting's cases, postponed-to ones
// included) and appears once. Fields as in the JSON form, e.g.
// "attendance[2].person", "cases[0].case_id".
std::vector<FieldProblem> ValidateMinutes(const Minutes& minutes, const std::vector<Case>& agenda);

// Whether the content of `minutes` may change: not once approved (they are
// locked; reopen them for a correction). Returns "" when it may, else the
// reason.
std::string MinutesChangeRefusal(const Minutes& minutes);

// Whether minutes in state `from` may move to `to`: draft → circulated,
// circulated → draft (taken back to change), circulated → approved (by
// ApproveMinutes only), approved → draft (a correction, which needs a
// non-empty `reason`). Returns nullopt when allowed, else the problem.
std::optional<FieldProblem> MinutesTransitionProblem(MinutesState from, MinutesState to, std::string_view reason);

// Whether `approving` (a case on `approving_meeting`'s agenda of body
// `body_id`) may approve the minutes of `minutes_meeting`: a case of type
// "approval" of the same body, on a later meeting. Returns nullopt when
// it may, else the problem (field "case_id").
std::optional<FieldProblem> ApprovalCaseProblem(const Case& approving, const Meeting& approving_meeting,
                                                const Meeting& minutes_meeting);

// Whether minutes in `state` are public (approved), rather than for
// signed-in users only.
bool MinutesArePublic(MinutesState state);

// The minutes the public reads: `minutes` themselves once approved; while
// a correction of approved minutes is in draft or circulated, the version
// last approved (state approved, the case that approved it, and the
// corrections before the one under way), never the draft; nullopt when
// they were never approved.
std::optional<Minutes> PublicMinutes(const Minutes& minutes);

// Whether a case that approves minutes (`approves_minutes`) may be given
// the type `type`: it must stay "approval" ("Godkjenning") while it
// approves them. Returns nullopt when it may, else the problem (field
// "type", rule "approval_case_type_fixed").
std::optional<FieldProblem> ApprovalCaseTypeProblem(const std::string& type, bool approves_minutes);

}  // namespace fremdrift
