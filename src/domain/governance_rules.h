// The rules of bodies, meetings and cases apart from storage: what makes
// each valid, who may change them, and when a case is frozen.
#pragma once

#include <string>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/failure.h"
#include "domain/meeting.h"
#include "domain/user.h"

namespace fremdrift {

// Key (a lower-case slug), short name and name present; case types
// present with unique keys and names; each member has a person and ends
// no earlier than it starts. Fields are named as in the JSON form, e.g.
// "members[2].to".
std::vector<FieldProblem> ValidateBody(const Body& body);

// Number at least 1; times HH:MM with the end not before the start;
// breaks with a title and a start time, in time order.
std::vector<FieldProblem> ValidateMeeting(const Meeting& meeting);

// Title present; type "" or one of the body's case types; start time
// HH:MM or ""; presenters named; links well formed and not repeated. A
// postponed case names the later meeting it moved to (`postponed_to`, of
// the same body and after `meeting`); only a postponed or later handled
// case may have one.
std::vector<FieldProblem> ValidateCase(const Case& c, const Body& body, const Meeting& meeting,
                                       const Meeting* postponed_to);

// Whether `user` may change `body`, its meetings and their cases: admins
// always; editors of the body's secretariat organisation; readers never.
bool MayEditGovernance(const User& user, const Body& body);

// Whether cases of `meeting` may still change: not once its minutes are
// approved (the record is then fixed; move the meeting back to "held" to
// correct it). Returns "" when they may, else the reason.
std::string CaseChangeRefusal(const Meeting& meeting);

}  // namespace fremdrift
