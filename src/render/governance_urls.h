// The addresses of the governance pages (src/web/page_governance.cpp
// registers the routes; keep the two in step):
//   /utvalg                      the bodies
//   /utvalg/{key}                a body: members and meetings
//   /moter/{id}                  a meeting and its agenda
//   /moter/{id}/dagsorden.html   the agenda as one printable HTML document
//   /moter/{id}/dagsorden.pdf    the same as PDF
//   /moter/{id}/kalender.ics     the meeting as iCalendar
//   /moter/{id}/referat          a meeting's minutes (.html, .pdf)
//   /saker/{id}                  a case
//   /oppfolging/{id}/...         a follow-up action's forms
//   /vedtak?...                  the decision log (search)
//   /vedtak.csv?...              the same cases as CSV
#pragma once

#include <cstdint>
#include <string>

namespace fremdrift {

std::string BodiesUrl();
std::string BodyUrl(const std::string& key);
std::string MeetingUrl(int64_t id);
std::string MeetingAgendaHtmlUrl(int64_t id);
std::string MeetingPdfUrl(int64_t id);
std::string MeetingIcsUrl(int64_t id);
std::string MinutesUrl(int64_t meeting_id);
std::string MinutesHtmlUrl(int64_t meeting_id);
std::string MinutesPdfUrl(int64_t meeting_id);
std::string CaseUrl(int64_t id);
std::string ActionUrl(int64_t id);  // /oppfolging/{id}
std::string DecisionLogUrl();
std::string DecisionCsvUrl();

}  // namespace fremdrift
