#include "domain/meeting.h"

namespace fremdrift {

std::string_view MeetingStateKey(MeetingState s) {
  switch (s) {
    case MeetingState::kPlanned: return "planned";
    case MeetingState::kAgendaPublished: return "agenda_published";
    case MeetingState::kHeld: return "held";
    case MeetingState::kMinutesApproved: return "minutes_approved";
  }
  return "planned";
}

std::optional<MeetingState> MeetingStateFromKey(std::string_view key) {
  for (auto s : {MeetingState::kPlanned, MeetingState::kAgendaPublished, MeetingState::kHeld,
                 MeetingState::kMinutesApproved}) {
    if (MeetingStateKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string MeetingNumberLabel(const Meeting& m) {
  if (!m.number) return "";
  int yy = m.date.year % 100;
  return std::to_string(*m.number) + "/" + (yy < 10 ? "0" : "") + std::to_string(yy);
}

bool IsClockTime(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (size_t i : {0u, 1u, 3u, 4u}) {
    if (t[i] < '0' || t[i] > '9') return false;
  }
  int h = (t[0] - '0') * 10 + (t[1] - '0');
  int m = (t[3] - '0') * 10 + (t[4] - '0');
  return h < 24 && m < 60;
}

}  // namespace fremdrift
