// The view model of a meeting's minutes (templates/governance_minutes*.
// mustache), shared by the page and the printable document: state,
// attendance grouped as the minutes list it (members present, observers,
// deputies, absences), each case with its discussion, the proposed
// decision and the decision made (marked when they differ), the approving
// case and any corrections.
#pragma once

#include <map>
#include <optional>

#include <mstch/mstch.hpp>

#include "domain/meeting_agenda.h"
#include "domain/minutes.h"
#include "render/i18n.h"

namespace fremdrift {

struct MinutesViewData {
  const MeetingAgenda& agenda;
  const Minutes& minutes;
  bool stored = false;
  // The cases named by the approval and the corrections, by id.
  std::map<int64_t, Case> named_cases;
  // Meetings by id, for the approving case's meeting.
  std::map<int64_t, Meeting> meetings;
};

std::string MinutesStateText(MinutesState s, const Catalogue& t);

// Keys: heading, meeting_heading, meeting_url, body_name, body_url, date,
// state, state_key, is_approved, stored, present[], observers[],
// deputies[], absent[] ({person, organisation, role, deputy_for}),
// has_attendance, cases[] ({number, title, url, discussion,
// has_discussion, proposed_decision, has_proposed, decision, has_decision,
// differs}), has_approval, approval_label, approval_url, approval_meeting,
// corrections[] ({reason, at, label}), has_corrections, html_url, pdf_url.
mstch::map MinutesView(const MinutesViewData& d, const Catalogue& t);

}  // namespace fremdrift
