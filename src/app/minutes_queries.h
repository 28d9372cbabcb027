// Reads of minutes and follow-up actions, for the pages and the API (which
// reach storage only through app). Reads only; what the viewer may see is
// the caller's to check (MaySeeMinutes). Bodies, meetings and cases are
// read through app/governance_reads.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/follow_up_action.h"
#include "domain/meeting.h"
#include "domain/minutes.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The stored minutes of a meeting, if any.
std::optional<Minutes> StoredMinutes(SqlConnection& conn, int64_t meeting_id);
// The minutes that case `case_id` approved.
std::vector<Minutes> MinutesApprovedBy(SqlConnection& conn, int64_t case_id);
// The cases that may approve the minutes of `meeting`: of type approval,
// of the same body, on a later meeting whose minutes are not approved.
std::vector<Case> ApprovalCandidates(SqlConnection& conn, const Meeting& meeting);

std::optional<FollowUpAction> FindAction(SqlConnection& conn, int64_t id);
// Every action; of one case; linked to kind/reference; brought back by a case.
std::vector<FollowUpAction> AllActions(SqlConnection& conn);
std::vector<FollowUpAction> ActionsOfCase(SqlConnection& conn, int64_t case_id);
std::vector<FollowUpAction> ActionsConcerning(SqlConnection& conn, const std::string& kind,
                                              const std::string& reference);
std::vector<FollowUpAction> ActionsBroughtBackBy(SqlConnection& conn, int64_t case_id);

}  // namespace fremdrift
