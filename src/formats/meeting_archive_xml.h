// A meeting as an archive package in XML (docs/meeting-archive.xsd,
// docs/governance.md "Archive export"), shaped on the Noark 5 metadata
// catalogue where it fits: the meeting as a meeting folder (møtemappe)
// with the agenda and the minutes as document descriptions
// (dokumentbeskrivelse), and each case as a case file (saksmappe) holding
// one registry entry (journalpost) with the case's documents, the proposed
// decision and the decision as made, and its follow-up. Element names are
// the Noark 5 ones where a Noark element means the same; the rest are ours
// and say so in the schema.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/follow_up_action.h"
#include "domain/meeting_agenda.h"
#include "domain/minutes.h"

namespace fremdrift {

// The addresses of a meeting's documents, absolute (https://host/...) or
// relative; the web layer builds them from its route table.
struct ArchiveDocumentUrls {
  std::string agenda_pdf;   // the agenda as PDF
  std::string minutes_pdf;  // the minutes as PDF
};

struct MeetingArchive {
  const MeetingAgenda& agenda;
  const Minutes* minutes = nullptr;  // nullptr: left out (not written, or not to be seen)
  std::string approval_case;         // the label of the approving case ("17/22"), if any
  std::map<int64_t, std::vector<FollowUpAction>> actions;  // by case id
  std::string produced_at;  // UTC, e.g. 2026-12-05T08:30:00Z
  ArchiveDocumentUrls urls;
};

std::string MeetingArchiveXml(const MeetingArchive& archive);

}  // namespace fremdrift
