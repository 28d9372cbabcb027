#include "render/governance_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string BodiesUrl() { return "/utvalg"; }
std::string BodyUrl(const std::string& key) { return "/utvalg/" + UrlEncodeComponent(key); }
std::string MeetingUrl(int64_t id) { return "/moter/" + std::to_string(id); }
std::string MeetingAgendaHtmlUrl(int64_t id) { return MeetingUrl(id) + "/dagsorden.html"; }
std::string MeetingPdfUrl(int64_t id) { return MeetingUrl(id) + "/dagsorden.pdf"; }
std::string MeetingIcsUrl(int64_t id) { return MeetingUrl(id) + "/kalender.ics"; }
std::string MinutesUrl(int64_t meeting_id) { return MeetingUrl(meeting_id) + "/referat"; }
std::string MinutesHtmlUrl(int64_t meeting_id) { return MinutesUrl(meeting_id) + ".html"; }
std::string MinutesPdfUrl(int64_t meeting_id) { return MinutesUrl(meeting_id) + ".pdf"; }
std::string CaseUrl(int64_t id) { return "/saker/" + std::to_string(id); }
std::string ActionUrl(int64_t id) { return "/oppfolging/" + std::to_string(id); }
std::string DecisionLogUrl() { return "/vedtak"; }
std::string DecisionCsvUrl() { return "/vedtak.csv"; }

}  // namespace fremdrift
