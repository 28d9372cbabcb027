// Loads a meeting with its body and the cases of its agenda
// (domain/meeting_agenda.h). Reads only.
#pragma once

#include <cstdint>

#include "domain/meeting_agenda.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Throws kNotFound when there is no meeting `meeting_id`.
MeetingAgenda LoadMeetingAgenda(SqlConnection& conn, int64_t meeting_id);

}  // namespace fremdrift
