#include "app/minutes_queries.h"

#include "storage/case_store.h"
#include "storage/follow_up_store.h"
#include "storage/meeting_store.h"
#include "storage/minutes_store.h"

namespace fremdrift {

std::optional<Minutes> StoredMinutes(SqlConnection& conn, int64_t meeting_id) {
  return MinutesStore(conn).Find(meeting_id);
}

std::vector<Minutes> MinutesApprovedBy(SqlConnection& conn, int64_t case_id) {
  return MinutesStore(conn).ApprovedBy(case_id);
}

std::vector<Case> ApprovalCandidates(SqlConnection& conn, const Meeting& meeting) {
  std::vector<Case> out;
  CaseStore cases(conn);
  for (const auto& later : MeetingStore(conn).List(meeting.body_id)) {
    if (!(meeting.date < later.date) || later.state == MeetingState::kMinutesApproved) continue;
    for (auto& c : cases.PostponedTo(later.id)) {
      if (c.type == "approval") out.push_back(std::move(c));
    }
    for (auto& c : cases.OnMeeting(later.id)) {
      if (c.type == "approval" && !c.postponed_to) out.push_back(std::move(c));
    }
  }
  return out;
}

std::optional<FollowUpAction> FindAction(SqlConnection& conn, int64_t id) { return FollowUpStore(conn).FindById(id); }

std::vector<FollowUpAction> AllActions(SqlConnection& conn) { return FollowUpStore(conn).List(); }

std::vector<FollowUpAction> ActionsOfCase(SqlConnection& conn, int64_t case_id) {
  return FollowUpStore(conn).OfCase(case_id);
}

std::vector<FollowUpAction> ActionsConcerning(SqlConnection& conn, const std::string& kind,
                                              const std::string& reference) {
  return FollowUpStore(conn).LinkedTo(kind, reference);
}

std::vector<FollowUpAction> ActionsBroughtBackBy(SqlConnection& conn, int64_t case_id) {
  return FollowUpStore(conn).BroughtBackBy(case_id);
}

}  // namespace fremdrift
