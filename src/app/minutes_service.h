// The minutes of a meeting on behalf of a user (docs/governance.md,
// "Minutes"): reading them as the viewer may, writing a draft, and moving
// them draft → circulated → approved (by a "Godkjenning" case of a later
// meeting) or back to draft for a correction with a reason. Rights are
// those of the governance records (MayEditGovernance); each change is
// written with its audit entry (entity "minutes", id the meeting's) in one
// transaction, and nothing is written on any Failure.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "app/visibility.h"
#include "domain/meeting_agenda.h"
#include "domain/minutes.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A meeting's minutes with their agenda. `stored` is false for minutes
// not yet written: then they are the draft the form starts from (the
// body's membership on the day as present, each case with its decision
// as the case has it).
struct MeetingMinutes {
  MeetingAgenda agenda;
  Minutes minutes;
  bool stored = false;
};

// The minutes of meeting `meeting_id` as `viewer` may see them: approved
// minutes for everyone, others for signed-in users; kNotFound otherwise
// (and for a meeting that does not exist).
MeetingMinutes LoadMinutes(SqlConnection& conn, const Viewer& viewer, int64_t meeting_id);

// Whether `viewer` may see minutes in `state`.
bool MaySeeMinutes(const Viewer& viewer, MinutesState state);

// Writes the content of the minutes (attendance, cases, source) from
// `in`; `version` is required once they are stored. kConflict when they
// are approved (locked).
Minutes SaveMinutes(SqlConnection& conn, const User& actor, int64_t meeting_id, const nlohmann::json& in);

// Moves the minutes to `in.state`: "circulated"; "draft" (from circulated,
// or from approved as a correction, which needs `reason`); "approved" with
// `case_id`, a case of type approval of the same body on a later meeting.
// Approval copies each decision of the minutes to its case and marks the
// meeting "minutes_approved"; a correction marks it "held" again and keeps
// the set-aside approval with the reason. `version` is required.
Minutes MoveMinutes(SqlConnection& conn, const User& actor, int64_t meeting_id, const nlohmann::json& in);

}  // namespace fremdrift
