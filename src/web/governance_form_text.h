// The lists of the governance forms (members, case types, breaks,
// presenters, links) as the text areas show them: one entry a line, the
// parts separated by "|". Text -> the API's JSON arrays, records -> text,
// and a list problem ("members[2].role") -> a problem of the text area.
// Blank lines are skipped; missing trailing parts are empty.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/failure.h"
#include "domain/meeting.h"
#include "domain/minutes.h"
#include "render/i18n.h"

namespace fremdrift {

// "person | title | organisation | role | from | to | source"; role is
// chair/member/observer or leder/medlem/observatør; empty dates are null.
nlohmann::json MembersFromText(const std::string& text);
// Minutes' attendance: "person | organisation | role | møtte/forfall | for",
// the role as leder/medlem/observatør/vara (or the English keys), "for"
// the member a deputy stood in for.
nlohmann::json AttendanceFromText(const std::string& text);
std::string AttendanceToText(const std::vector<Attendance>& list, const std::string& lang);
std::string MembersToText(const std::vector<BodyMember>& members, const std::string& lang);
// "key | name"
nlohmann::json CaseTypesFromText(const std::string& text);
std::string CaseTypesToText(const std::vector<CaseType>& types);
// "HH:MM | title"
nlohmann::json BreaksFromText(const std::string& text);
std::string BreaksToText(const std::vector<AgendaBreak>& breaks);
// "name | organisation"
nlohmann::json PresentersFromText(const std::string& text);
std::string PresentersToText(const std::vector<Presenter>& presenters);
// "kind | reference", e.g. "plan_item | nes-2023-2030/4A"
nlohmann::json LinksFromText(const std::string& text);
std::string LinksToText(const std::vector<CaseLink>& links);

// `f`'s problems with "list[i].part" renamed to "list" and their text in
// `t`'s language prefixed by `line_label` (a format with {n} and {part},
// the part named by its label where the catalogue has one): rule "at_line"
// with {line} and {problem}. Other problems are unchanged; a failure
// without a list stays as it is.
Failure ProblemsOnLines(const Failure& f, const std::string& line_label, const Catalogue& t);

}  // namespace fremdrift
