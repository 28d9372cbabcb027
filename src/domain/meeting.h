// A meeting of a body: its number within the year ("3/22"), date, place,
// times, workflow state and the breaks of its agenda. The cases on its
// agenda are agenda_case.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"

namespace fremdrift {

// planned → agenda published → held → minutes approved.
enum class MeetingState { kPlanned, kAgendaPublished, kHeld, kMinutesApproved };
std::string_view MeetingStateKey(MeetingState s);  // planned, agenda_published, held, minutes_approved
std::optional<MeetingState> MeetingStateFromKey(std::string_view key);

// A break in the agenda ("Pause", "Lunsj"): no case number, a start time.
struct AgendaBreak {
  std::string title;
  std::string start;  // HH:MM
};

struct Meeting {
  int64_t id = 0;
  int64_t body_id = 0;
  std::optional<int> number;  // within the year; nullopt when not (yet) known
  Date date;
  std::string place;
  std::string start_time;  // HH:MM or ""
  std::string end_time;    // HH:MM or ""
  MeetingState state = MeetingState::kPlanned;
  std::vector<AgendaBreak> breaks;  // in time order
  std::string source;
  int64_t version = 1;
};

// "3/22" for meeting 3 of 2022; "" when the meeting has no number.
std::string MeetingNumberLabel(const Meeting& m);

// Whether `text` is a clock time HH:MM (00:00–23:59).
bool IsClockTime(std::string_view text);

}  // namespace fremdrift
