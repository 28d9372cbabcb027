#include "render/minutes_view.h"

#include "render/date_text.h"
#include "render/governance_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

mstch::map Person(const Attendance& a, const Catalogue& t) {
  return {{"person", a.person},
          {"organisation", a.organisation},
          {"has_organisation", !a.organisation.empty()},
          {"role", t.Text("minutes_role_" + std::string(AttendanceRoleKey(a.role)))},
          {"deputy_for", a.deputy_for},
          {"has_deputy_for", !a.deputy_for.empty()}};
}

}  // namespace

std::string MinutesStateText(MinutesState s, const Catalogue& t) {
  return t.Text("minutes_state_" + std::string(MinutesStateKey(s)));
}

mstch::map MinutesView(const MinutesViewData& d, const Catalogue& t) {
  const Meeting& meeting = d.agenda.meeting;
  const Body& body = d.agenda.body;
  mstch::array present, observers, deputies, absent;
  for (const auto& a : d.minutes.attendance) {
    if (!a.present) absent.push_back(Person(a, t));
    else if (a.role == AttendanceRole::kObserver) observers.push_back(Person(a, t));
    else if (a.role == AttendanceRole::kDeputy) deputies.push_back(Person(a, t));
    else present.push_back(Person(a, t));
  }
  mstch::array cases;
  for (const auto& mc : d.minutes.cases) {
    const Case* c = nullptr;
    for (const auto& a : d.agenda.cases) {
      if (a.id == mc.case_id) c = &a;
    }
    if (!c) continue;
    cases.push_back(mstch::map{{"number", CaseNumberLabel(c->number, c->year)},
                               {"title", c->title},
                               {"url", UrlFor(routes::kCase, c->id)},
                               {"anchor", "sak-" + std::to_string(c->id)},
                               {"discussion", mc.discussion},
                               {"has_discussion", !mc.discussion.empty()},
                               {"proposed_decision", c->proposed_decision},
                               {"has_proposed", !c->proposed_decision.empty()},
                               {"decision", mc.decision},
                               {"has_decision", !mc.decision.empty()},
                               {"differs", mc.differs_from_proposal}});
  }
  std::string heading = MeetingHeading(meeting, body, t);
  mstch::map view{{"heading", t.Format("minutes_heading", {{"meeting", heading}})},
                  {"meeting_heading", heading},
                  {"meeting_url", UrlFor(routes::kMeeting, meeting.id)},
                  {"body_name", body.name},
                  {"body_url", UrlFor(routes::kBody, body.key)},
                  {"date", DateText(meeting.date, t.lang())},
                  {"place", meeting.place.empty() ? t.Text("gov_not_stated") : meeting.place},
                  {"state", MinutesStateText(d.minutes.state, t)},
                  {"state_key", std::string(MinutesStateKey(d.minutes.state))},
                  {"is_approved", d.minutes.state == MinutesState::kApproved},
                  {"stored", d.stored},
                  {"present", present},
                  {"has_present", !present.empty()},
                  {"observers", observers},
                  {"has_observers", !observers.empty()},
                  {"deputies", deputies},
                  {"has_deputies", !deputies.empty()},
                  {"absent", absent},
                  {"has_absent", !absent.empty()},
                  {"has_attendance", !d.minutes.attendance.empty()},
                  {"cases", cases},
                  {"has_cases", !cases.empty()},
                  {"source", d.minutes.source},
                  {"has_source", !d.minutes.source.empty()},
                  {"has_approval", false},
                  {"html_url", UrlFor(routes::kMeetingMinutesHtml, meeting.id)},
                  {"pdf_url", UrlFor(routes::kMeetingMinutesPdf, meeting.id)}};
  auto label = [&](int64_t id) -> std::string {
    auto it = d.named_cases.find(id);
    if (it == d.named_cases.end()) return "";
    return t.Format("gov_case_heading", {{"body", body.short_name},
                                         {"number", CaseNumberLabel(it->second.number, it->second.year)}});
  };
  if (d.minutes.approval_case_id && d.named_cases.count(*d.minutes.approval_case_id)) {
    const Case& c = d.named_cases.at(*d.minutes.approval_case_id);
    view["has_approval"] = true;
    view["approval_label"] = label(c.id) + " " + c.title;
    view["approval_url"] = UrlFor(routes::kCase, c.id);
    auto m = d.meetings.find(c.postponed_to.value_or(c.meeting_id));
    view["approval_meeting"] = m == d.meetings.end() ? std::string()
                                                     : MeetingHeading(m->second, body, t) + " · " +
                                                           DateText(m->second.date, t.lang());
  }
  mstch::array corrections;
  for (const auto& k : d.minutes.corrections) {
    corrections.push_back(mstch::map{{"reason", k.reason},
                                     {"at", k.at.substr(0, 10)},
                                     {"label", k.approval_case_id ? label(*k.approval_case_id) : std::string()}});
  }
  view["corrections"] = corrections;
  view["has_corrections"] = !corrections.empty();
  return view;
}

}  // namespace fremdrift
