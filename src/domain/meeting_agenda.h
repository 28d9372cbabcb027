// A meeting with its body and the cases of its agenda, as plain data for
// the API, the pages and the exports. app/meeting_agenda.h loads it.
#pragma once

#include <vector>

#include "domain/agenda.h"
#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/meeting.h"

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

}  // namespace fremdrift
