// A meeting with its body and the cases of its agenda, loaded for the
// API, the pages and the exports. Reads only.
#pragma once

#include <vector>

#include "domain/agenda.h"
#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/meeting.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct MeetingAgenda {
  Meeting meeting;
  Body body;
  // Cases postponed to this meeting from earlier ones (by number) first,
  // then the cases numbered on it, in agenda order.
  std::vector<Case> cases;

  // The timetable: `cases` with the meeting's breaks between them. The
  // entries point into this object; keep it alive and unchanged.
  std::vector<AgendaEntry> Entries() const { return BuildAgenda(cases, meeting.breaks); }
};

// Throws kNotFound when there is no meeting `meeting_id`.
MeetingAgenda LoadMeetingAgenda(SqlConnection& conn, int64_t meeting_id);

}  // namespace fremdrift
