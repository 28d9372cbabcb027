// A meeting's agenda as a timetable: its cases in agenda order with the
// breaks placed between them by time.
#pragma once

#include <vector>

#include "domain/agenda_case.h"
#include "domain/meeting.h"

namespace fremdrift {

// One line of the agenda: a case or a break (exactly one is set).
struct AgendaEntry {
  const Case* item = nullptr;
  const AgendaBreak* pause = nullptr;
};

// Merges `cases` (already in agenda order) with `breaks`: each break goes
// right before the first case, not yet passed, whose planned start is at or
// after the break's start; breaks later than every timed case go last.
// Cases without a start time keep their place. Pointers refer into the
// arguments, which must outlive the result.
std::vector<AgendaEntry> BuildAgenda(const std::vector<Case>& cases,
                                     const std::vector<AgendaBreak>& breaks);

}  // namespace fremdrift
