// The agenda of a meeting as one self-contained HTML document (styles
// inline, no external resources), for printing to PDF with Chromium
// (app/pdf_printer.h) and for the HTML download: the meeting's facts and
// its timetable of numbered cases and breaks.
#pragma once

#include <map>
#include <string>

#include "domain/meeting_agenda.h"
#include "render/i18n.h"

namespace fremdrift {

std::string AgendaDocumentHtml(const MeetingAgenda& agenda, const std::map<int64_t, Meeting>& meetings,
                               const Catalogue& t, const std::string& assets_dir);

}  // namespace fremdrift
