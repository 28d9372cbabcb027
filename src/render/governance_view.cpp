#include "render/governance_view.h"

#include "render/filter_form_view.h"

#include "render/date_text.h"
#include "render/monitor_card.h"
#include "render/report_urls.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

std::string PresentersText(const std::vector<Presenter>& list) {
  // "Mariann Hornnes og Karl Vestli (Direktoratet for e-helse)", grouped by
  // organisation as the agenda writes it.
  std::string out;
  size_t i = 0;
  while (i < list.size()) {
    size_t j = i;
    std::string names;
    while (j < list.size() && list[j].organisation == list[i].organisation) {
      names += (names.empty() ? "" : ", ") + list[j].name;
      ++j;
    }
    out += (out.empty() ? "" : "; ") + names + (list[i].organisation.empty() ? "" : " (" + list[i].organisation + ")");
    i = j;
  }
  return out;
}

std::string CaseLinkUrl(const ResolvedCaseLink& r) {
  if (!r.found) return "";
  const std::string& kind = r.link.kind;
  if (kind == "plan_item") return UrlFor(routes::kItem, r.strategy_key, r.target_key);
  if (kind == "indicator") return r.public_target ? MonitorIndicatorUrl(r.target_key) : "";
  if (kind == "report" || kind == "reporting_period") return ReportUrl(r.strategy_key, r.target_key);
  if (kind == "portfolio_item") return UrlFor(routes::kPortfolioItem, r.target_key);
  if (kind == "roadmap_version") return UrlFor(routes::kRoadmapVersion, r.target_key);
  if (kind == "app_catalogue") return UrlFor(routes::kHealthApps);
  if (kind == "health_app") return UrlFor(routes::kHealthApp, r.target_key);
  if (kind == "cost_sharing") return UrlFor(routes::kCostYear, r.target_key);
  return "";
}

// "E-helse: åpen; Hdir: utført".
std::string FollowUpSummary(const std::vector<FollowUpAction>& actions, const Catalogue& t) {
  std::string out;
  for (const auto& a : actions) {
    out += (out.empty() ? "" : "; ") + a.organisation + ": " +
           t.Text("action_state_" + std::string(ActionStateKey(a.state)));
  }
  return out;
}

}  // namespace

std::string MeetingStateText(MeetingState s, const Catalogue& t) {
  return t.Text("gov_meeting_state_" + std::string(MeetingStateKey(s)));
}

std::string CaseStatusText(CaseStatus s, const Catalogue& t) {
  return t.Text("gov_case_status_" + std::string(CaseStatusKey(s)));
}

std::string MemberRoleText(MemberRole r, const Catalogue& t) {
  return t.Text("gov_role_" + std::string(MemberRoleKey(r)));
}

std::string CaseTypeText(const Body& body, const std::string& key, const Catalogue& t) {
  if (key.empty()) return "";
  if (t.Has("gov_case_type_" + key)) return t.Text("gov_case_type_" + key);
  const CaseType* type = FindCaseType(body, key);
  return type ? type->name : key;
}

std::string MeetingHeading(const Meeting& m, const Body& body, const Catalogue& t) {
  std::string label = MeetingNumberLabel(m);
  if (!label.empty()) return t.Format("gov_meeting_heading", {{"body", body.short_name}, {"number", label}});
  return t.Format("gov_meeting_heading_dated", {{"body", body.short_name}, {"date", DateText(m.date, t.lang())}});
}

mstch::map BodiesView(const std::vector<Body>& bodies, const std::map<int64_t, int>& counts, const Catalogue& t) {
  mstch::array list;
  for (const auto& b : bodies) {
    auto it = counts.find(b.id);
    list.push_back(mstch::map{{"name", b.name},
                              {"short_name", b.short_name},
                              {"same_name", b.name == b.short_name},
                              {"url", UrlFor(routes::kBody, b.key)},
                              {"members", std::to_string(b.members.size())},
                              {"meetings", std::to_string(it == counts.end() ? 0 : it->second)}});
  }
  return {{"has_bodies", !list.empty()}, {"bodies", list}};
}

mstch::map BodyView(const Body& body, const std::vector<Meeting>& meetings, const Catalogue& t) {
  mstch::array members;
  for (const auto& m : body.members) {
    std::string span;
    if (m.from || m.to) span = (m.from ? DateText(*m.from, t.lang()) : "") + " – " + (m.to ? DateText(*m.to, t.lang()) : "");
    members.push_back(mstch::map{{"person", m.person},
                                 {"title", m.title},
                                 {"organisation", m.organisation},
                                 {"role", MemberRoleText(m.role, t)},
                                 {"span", span.empty() ? std::string("–") : span}});
  }
  mstch::array rows;
  for (const auto& m : meetings) {
    std::string label = MeetingNumberLabel(m);
    rows.push_back(mstch::map{{"label", label.empty() ? std::string("–") : label},
                              {"date", DateText(m.date, t.lang())},
                              {"url", UrlFor(routes::kMeeting, m.id)},
                              {"place", m.place.empty() ? std::string("–") : m.place},
                              {"state", MeetingStateText(m.state, t)}});
  }
  return {{"name", body.name},
          {"short_name", body.short_name},
          {"same_name", body.name == body.short_name},
          {"description", body.description},
          {"has_description", !body.description.empty()},
          {"secretariat", body.secretariat.empty() ? std::string("–") : body.secretariat},
          {"source", body.source},
          {"members", members},
          {"has_members", !members.empty()},
          {"meetings", rows},
          {"has_meetings", !rows.empty()},
          {"log_url", UrlWithQuery(UrlFor(routes::kDecisions), {{"utvalg", body.key}})}};
}

mstch::map MeetingView(const MeetingAgenda& a, const std::map<int64_t, Meeting>& meetings, const Catalogue& t) {
  mstch::array rows;
  for (const auto& e : a.Entries()) {
    if (e.pause) {
      rows.push_back(mstch::map{{"is_break", true}, {"title", e.pause->title}, {"time", e.pause->start}});
      continue;
    }
    const Case& c = *e.item;
    std::string moved;
    if (c.meeting_id != a.meeting.id) {
      auto from = meetings.find(c.meeting_id);
      if (from != meetings.end()) moved = t.Format("gov_moved_from", {{"date", DateText(from->second.date, t.lang())}});
    } else if (c.postponed_to) {
      auto to = meetings.find(*c.postponed_to);
      if (to != meetings.end()) moved = t.Format("gov_moved_to", {{"date", DateText(to->second.date, t.lang())}});
    }
    rows.push_back(mstch::map{{"is_case", true},
                              {"number", CaseNumberLabel(c.number, c.year)},
                              {"title", c.title},
                              {"url", UrlFor(routes::kCase, c.id)},
                              {"type", CaseTypeText(a.body, c.type, t)},
                              {"presenters", PresentersText(c.presenters)},
                              {"time", c.start_time},
                              {"status", CaseStatusText(c.status, t)},
                              {"status_key", std::string(CaseStatusKey(c.status))},
                              {"moved", moved},
                              {"has_moved", !moved.empty()}});
  }
  const Meeting& m = a.meeting;
  std::string times = m.start_time.empty() ? "–" : m.start_time + (m.end_time.empty() ? "" : "–" + m.end_time);
  return {{"heading", MeetingHeading(m, a.body, t)},
          {"body_name", a.body.name},
          {"body_url", UrlFor(routes::kBody, a.body.key)},
          {"date", DateText(m.date, t.lang())},
          {"place", m.place.empty() ? t.Text("gov_not_stated") : m.place},
          {"times", times},
          {"state", MeetingStateText(m.state, t)},
          {"source", m.source},
          {"agenda", rows},
          {"has_agenda", !rows.empty()},
          {"link_cases", true},
          {"html_url", UrlFor(routes::kMeetingAgendaHtml, m.id)},
          {"pdf_url", UrlFor(routes::kMeetingAgendaPdf, m.id)},
          {"ics_url", UrlFor(routes::kMeetingCalendarIcs, m.id)},
          {"csv_url", UrlWithQuery(UrlFor(routes::kDecisionsCsv), {{"mote", std::to_string(m.id)}})}};
}

mstch::map CaseView(const Case& c, const Body& body, const std::map<int64_t, Meeting>& meetings,
                    const std::vector<ResolvedCaseLink>& links, const Catalogue& t) {
  mstch::array link_rows;
  for (const auto& r : links) {
    std::string url = CaseLinkUrl(r);
    // The target's name; its key only when it has none (keys belong in URLs).
    std::string text = r.title.empty() ? r.link.reference : r.title;
    link_rows.push_back(mstch::map{{"kind", t.Text("gov_link_" + r.link.kind)},
                                   {"text", text},
                                   {"url", url},
                                   {"has_url", !url.empty()},
                                   {"missing", !r.found}});
  }
  mstch::array documents;
  for (const auto& d : c.documents) documents.push_back(mstch::map{{"title", d.title}, {"url", d.url}});
  mstch::array presenters;
  for (const auto& p : c.presenters) presenters.push_back(mstch::map{{"name", p.name}, {"organisation", p.organisation}});
  const Meeting& m = meetings.at(c.meeting_id);
  mstch::map view{{"label", CaseNumberLabel(c.number, c.year)},
                  {"title", c.title},
                  {"body_name", body.name},
                  {"body_url", UrlFor(routes::kBody, body.key)},
                  {"meeting", MeetingHeading(m, body, t) + " · " + DateText(m.date, t.lang())},
                  {"meeting_url", UrlFor(routes::kMeeting, m.id)},
                  {"type", c.type.empty() ? std::string("–") : CaseTypeText(body, c.type, t)},
                  {"time", c.start_time.empty() ? std::string("–") : c.start_time},
                  {"status", CaseStatusText(c.status, t)},
                  {"presenters", presenters},
                  {"has_presenters", !presenters.empty()},
                  {"summary", c.summary},
                  {"has_summary", !c.summary.empty()},
                  {"proposed_decision", c.proposed_decision},
                  {"has_proposed_decision", !c.proposed_decision.empty()},
                  {"decision", c.decision},
                  {"has_decision", !c.decision.empty()},
                  {"links", link_rows},
                  {"has_links", !link_rows.empty()},
                  {"documents", documents},
                  {"has_documents", !documents.empty()},
                  {"source", c.source},
                  {"has_postponed_to", false}};
  if (c.postponed_to) {
    const Meeting& later = meetings.at(*c.postponed_to);
    view["has_postponed_to"] = true;
    view["postponed_to"] = MeetingHeading(later, body, t) + " · " + DateText(later.date, t.lang());
    view["postponed_to_url"] = UrlFor(routes::kMeeting, later.id);
  }
  return view;
}

mstch::map DecisionLogView(const std::vector<DecisionRow>& rows, const std::vector<Body>& bodies,
                           const std::vector<int>& years, const std::map<std::string, std::string>& query,
                           const std::string& csv_url,
                           const std::vector<std::pair<std::string, std::string>>& organisations, const Catalogue& t) {
  auto q = [&](const char* k) {
    auto it = query.find(k);
    return it == query.end() ? std::string() : it->second;
  };
  std::string any = t.Text("gov_any");
  FilterField words{"log-q", "q", t.Text("gov_log_words"), q("q")};
  words.search = true;
  FilterField body{"log-body", "utvalg", t.Text("gov_body"), q("utvalg")};
  FilterField year{"log-year", "ar", t.Text("gov_year"), q("ar")};
  FilterField type{"log-type", "type", t.Text("gov_case_type"), q("type")};
  FilterField status{"log-status", "status", t.Text("gov_status"), q("status")};
  for (FilterField* f : {&body, &year, &type, &status}) f->options.push_back({"", any});
  for (const auto& b : bodies) {
    body.options.push_back({b.key, b.short_name});
    for (const auto& ct : b.case_types) {
      bool seen = false;
      for (const auto& o : type.options) seen = seen || o.value == ct.key;
      if (!seen) type.options.push_back({ct.key, CaseTypeText(b, ct.key, t)});
    }
  }
  for (int y : years) year.options.push_back({std::to_string(y), std::to_string(y)});
  FilterField follow_up{"log-follow-up", "oppfolging", t.Text("gov_log_follow_up"), q("oppfolging")};
  FilterField responsible{"log-responsible", "ansvarlig", t.Text("gov_log_responsible"), q("ansvarlig")};
  follow_up.options.push_back({"", any});
  responsible.options.push_back({"", any});
  for (auto s : AllActionStates()) {
    follow_up.options.push_back({std::string(ActionStateKey(s)), t.Text("action_state_" + std::string(ActionStateKey(s)))});
  }
  for (const auto& [key, name] : organisations) responsible.options.push_back({key, name});
  for (auto s : {CaseStatus::kPlanned, CaseStatus::kHandled, CaseStatus::kPostponed, CaseStatus::kWithdrawn}) {
    status.options.push_back({std::string(CaseStatusKey(s)), CaseStatusText(s, t)});
  }
  mstch::array out;
  for (const auto& r : rows) {
    out.push_back(mstch::map{{"number", CaseNumberLabel(r.item.number, r.item.year)},
                             {"body", r.body.short_name},
                             {"title", r.item.title},
                             {"url", UrlFor(routes::kCase, r.item.id)},
                             {"meeting", MeetingHeading(r.meeting, r.body, t)},
                             {"meeting_url", UrlFor(routes::kMeeting, r.meeting.id)},
                             {"date", DateText(r.meeting.date, t.lang())},
                             {"type", CaseTypeText(r.body, r.item.type, t)},
                             {"status", CaseStatusText(r.item.status, t)},
                             {"proposed_decision", r.item.proposed_decision},
                             {"decision", r.item.decision.empty() ? t.Text("gov_no_decision") : r.item.decision},
                             {"decision_known", !r.item.decision.empty()},
                             {"follow_up", FollowUpSummary(r.actions, t)},
                             {"has_follow_up", !r.actions.empty()}});
  }
  FilterForm form;
  form.action = UrlFor(routes::kDecisions);
  form.heading = t.Text("gov_log_search");
  form.submit = t.Text("gov_log_submit");
  form.reset_url = UrlFor(routes::kDecisions);
  form.reset_text = t.Text("filter_reset");
  form.active_label = t.Text("active_filters");
  form.count_text = t.Format("gov_log_count", {{"count", std::to_string(out.size())}});
  form.count_link_url = csv_url;
  form.count_link_text = t.Text("gov_download_csv");
  form.count_link_type = "text/csv";
  if (!q("mote").empty()) form.hidden = {{"mote", q("mote")}};  // from a meeting's page
  form.fields = {words, body, year, type, status, follow_up, responsible};
  return {{"filter_form", FilterFormView(form)}, {"rows", out}, {"has_rows", !out.empty()}};
}

void AddCaseMentions(mstch::map& view, const std::vector<CaseMention>& mentions, const Catalogue& t) {
  mstch::array list;
  for (const auto& m : mentions) {
    auto d = Date::Parse(m.meeting_date);
    list.push_back(mstch::map{{"label", m.label},
                              {"body", m.body_short},
                              {"title", m.title},
                              {"url", UrlFor(routes::kCase, m.case_id)},
                              {"date", d ? DateText(*d, t.lang()) : m.meeting_date},
                              {"status", CaseStatusText(m.status, t)}});
  }
  view["has_case_mentions"] = !list.empty();
  view["case_mentions"] = list;
}

}  // namespace fremdrift
