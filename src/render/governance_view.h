// View models of the governance pages (templates/governance_*.mustache):
// the bodies, a body, a meeting's agenda as a timetable, a case, the
// decision log, and the short "Saker" list other pages show.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/body.h"
#include "domain/case_mention.h"
#include "domain/follow_up_action.h"
#include "domain/meeting.h"
#include "domain/meeting_agenda.h"
#include "domain/resolved_case_link.h"
#include "render/i18n.h"

namespace fremdrift {

// The words of the model in the reader's language.
std::string MeetingStateText(MeetingState s, const Catalogue& t);
std::string CaseStatusText(CaseStatus s, const Catalogue& t);
std::string MemberRoleText(MemberRole r, const Catalogue& t);
// The name of a case type: the catalogue's for the four default keys,
// else the body's own name for it; "" for no type.
std::string CaseTypeText(const Body& body, const std::string& key, const Catalogue& t);
// "Møte 3/22" or, without a number, the date.
std::string MeetingHeading(const Meeting& m, const Body& body, const Catalogue& t);

// Keys: has_bodies, bodies[] {name, short_name, url, members, meetings}.
mstch::map BodiesView(const std::vector<Body>& bodies, const std::map<int64_t, int>& meeting_counts,
                      const Catalogue& t);

// Keys: body {...}, members[], has_members, meetings[], has_meetings.
mstch::map BodyView(const Body& body, const std::vector<Meeting>& meetings, const Catalogue& t);

// Keys: heading, body_name, body_url, date, place, times, state, source,
// agenda[] (is_case/is_break, number, title, url, type, presenters, time,
// status, moved), link_cases, html_url, pdf_url, ics_url, csv_url.
// `meetings` holds every meeting a case refers to, by id.
mstch::map MeetingView(const MeetingAgenda& agenda, const std::map<int64_t, Meeting>& meetings,
                       const Catalogue& t);

// Keys: label, title, body_name, body_url, meeting, meeting_url, type,
// time, status, postponed_to, presenters[], summary, proposed_decision,
// decision, links[] (kind, text, url, missing), documents[].
mstch::map CaseView(const Case& c, const Body& body, const std::map<int64_t, Meeting>& meetings,
                    const std::vector<ResolvedCaseLink>& links, const Catalogue& t);

// One row of the decision log.
struct DecisionRow {
  Case item;
  Body body;
  Meeting meeting;
  std::vector<FollowUpAction> actions;  // the follow-up of its decision
};

// Keys: filter_form (FilterFormView: words, body, year, type, status,
// follow-up state, responsible organisation; the count with the CSV
// link), rows[] (with follow_up: each action's organisation and state),
// has_rows. `organisations` are the responsible organisations to choose
// from, as (short name, name).
mstch::map DecisionLogView(const std::vector<DecisionRow>& rows, const std::vector<Body>& bodies,
                           const std::vector<int>& years, const std::map<std::string, std::string>& query,
                           const std::string& csv_url,
                           const std::vector<std::pair<std::string, std::string>>& organisations, const Catalogue& t);

// Keys: has_case_mentions, case_mentions[] {label, body, title, url, date, status}.
void AddCaseMentions(mstch::map& view, const std::vector<CaseMention>& mentions, const Catalogue& t);

}  // namespace fremdrift
