#include "app/meeting_agenda.h"

#include "domain/failure.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/meeting_store.h"

namespace fremdrift {

MeetingAgenda LoadMeetingAgenda(SqlConnection& conn, int64_t meeting_id) {
  auto m = MeetingStore(conn).FindById(meeting_id);
  if (!m) throw Failure(FailureCode::kNotFound, "no meeting with id " + std::to_string(meeting_id));
  MeetingAgenda out{*m, BodyStore(conn).FindById(m->body_id).value(), {}};
  CaseStore cases(conn);
  out.cases = cases.PostponedTo(meeting_id);
  for (auto& c : cases.OnMeeting(meeting_id)) out.cases.push_back(std::move(c));
  return out;
}

}  // namespace fremdrift
