#include "web/page_governance.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <set>

#include "app/case_links.h"
#include "app/governance_reads.h"
#include "app/organisation_reads.h"
#include "app/visibility.h"
#include "app/meeting_agenda.h"
#include "app/follow_up_service.h"
#include "app/minutes_queries.h"
#include "app/minutes_service.h"
#include "render/minutes_view.h"
#include "render/url_for.h"
#include "web/follow_up_rows.h"
#include "app/pdf_print_queue.h"
#include "web/html_error.h"
#include "domain/case_filter.h"
#include "domain/failure.h"
#include "domain/minutes_rules.h"
#include "domain/governance_rules.h"
#include "formats/case_csv.h"
#include "formats/icalendar.h"
#include "render/agenda_document.h"
#include "render/governance_view.h"
#include "storage/system_clock.h"
#include "web/governance_query.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/server.h"
#include "web/content_disposition.h"

namespace fremdrift {
namespace {

Response GovernanceDownload(std::string body, const std::string& type, const std::string& disposition) {
  Response r;
  r.content_type = type;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", disposition);  // from ContentDisposition
  return r;
}

// What every governance object page shows besides its record: the edit
// links for those who may edit `body`, the saved notice after a form and
// the object's history (the entity names of app/governance_service.cpp).
void AddEditing(RequestContext& ctx, mstch::map& view, const Body& body, const std::string& entity, int64_t id,
                const std::string& edit_url, const std::string& new_url) {
  const auto& user = ctx.user();
  view["can_edit"] = user && MayEditGovernance(*user, body);
  view["edit_url"] = edit_url;
  view["new_url"] = new_url;
  view["saved"] = ctx.Query("lagret").has_value();
  view.merge(ObjectHistory(ctx, entity, id));
}

Response BodiesPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  std::map<int64_t, int> counts;
  for (const auto& m : Meetings(ctx.db())) ++counts[m.body_id];
  mstch::map view = BodiesView(AllBodies(ctx.db()), counts, t);
  view["nav_governance"] = true;
  return RenderPage(ctx, "governance_bodies", t.Text("gov_bodies_title"), view);
}

Response GovernanceBodyPage(RequestContext& ctx) {
  Body body = BodyByKey(ctx.db(), ctx.Param("key"));
  mstch::map view = BodyView(body, Meetings(ctx.db(), body.id), PageCatalogue(ctx));
  view["nav_governance"] = true;
  AddEditing(ctx, view, body, "body", body.id, UrlFor(routes::kBodyEdit, body.key), UrlFor(routes::kBodyNewMeeting, body.key));
  mstch::array pending = ActionRows(ctx, PendingReturns(ctx.db(), body.id));
  view["has_pending"] = !pending.empty();
  view["actions"] = pending;
  view["show_case"] = true;
  return RenderPage(ctx, "governance_body", body.name, view);
}

Response GovernanceMeetingPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  MeetingAgenda agenda = LoadMeetingAgenda(ctx.db(), ctx.IdParam("id"));
  mstch::map view = MeetingView(agenda, MeetingsById(ctx.db()), t);
  view["nav_governance"] = true;
  AddEditing(ctx, view, agenda.body, "meeting", agenda.meeting.id, UrlFor(routes::kMeetingEdit, agenda.meeting.id),
             UrlFor(routes::kMeetingNewCase, agenda.meeting.id));
  // The minutes: their state for everyone once approved, and for signed-in
  // users while they are drafted and circulated.
  auto minutes = StoredMinutes(ctx.db(), agenda.meeting.id);
  Viewer viewer = Viewer::Of(ctx.user());
  // Under correction, the public is shown the approved minutes it still reads.
  if (minutes && !viewer.signed_in()) {
    if (auto seen = PublicMinutes(*minutes)) minutes = seen;
  }
  bool can_edit = ctx.user() && MayEditGovernance(*ctx.user(), agenda.body);
  bool shown = minutes ? MaySeeMinutes(viewer, minutes->state) : can_edit;
  view["has_minutes_link"] = shown;
  view["minutes_url"] = UrlFor(routes::kMeetingMinutes, agenda.meeting.id);
  view["archive_url"] = UrlFor(routes::kMeetingArchiveXml, agenda.meeting.id);
  view["minutes_state"] = minutes ? MinutesStateText(minutes->state, t) : t.Text("minutes_not_written");
  return RenderPage(ctx, "governance_meeting", MeetingHeading(agenda.meeting, agenda.body, t), view);
}

std::string GovernanceFileStem(const MeetingAgenda& a) {
  std::string stem = a.body.key + "-" + a.meeting.date.ToIso();
  for (char& c : stem) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '-';
  }
  return stem;
}

std::string AgendaHtml(RequestContext& ctx, MeetingAgenda& agenda) {
  return AgendaDocumentHtml(agenda, MeetingsById(ctx.db()), PageCatalogue(ctx), ctx.config().assets_dir);
}

Response AgendaDocument(RequestContext& ctx) {
  MeetingAgenda agenda = LoadMeetingAgenda(ctx.db(), ctx.IdParam("id"));
  return Response::Html(AgendaHtml(ctx, agenda));
}

Response AgendaPdf(RequestContext& ctx) {
  MeetingAgenda agenda = LoadMeetingAgenda(ctx.db(), ctx.IdParam("id"));
  std::string html = AgendaHtml(ctx, agenda);
  try {
    Response r = GovernanceDownload("", "application/pdf",
                          ContentDisposition(GovernanceFileStem(agenda) + "-dagsorden.pdf", true));
    r.shared_body = PdfPrintQueue::Shared().Print(html);
    if (!r.shared_body) {
      return HtmlBusyPage(ctx, "too many PDFs are being printed; try again in a few seconds");
    }
    return r;
  } catch (const Failure& f) {
    std::cerr << "fremdrift: " << ctx.path() << ": " << f.what() << "\n";
    throw;
  }
}

Response MeetingCalendar(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  MeetingAgenda a = LoadMeetingAgenda(ctx.db(), ctx.IdParam("id"));
  CalendarEvent e;
  e.uid = "meeting-" + std::to_string(a.meeting.id) + "@fremdrift";
  e.dtstamp = ICalUtcStamp(SystemClock().NowTimestamp());
  e.date = a.meeting.date;
  e.start = a.meeting.start_time;
  e.end = a.meeting.end_time;
  e.summary = MeetingHeading(a.meeting, a.body, t);
  e.location = a.meeting.place;
  for (const auto& entry : a.Entries()) {
    // Without an end time the event lasts at least until the last planned
    // start on the agenda.
    const std::string& at = entry.item ? entry.item->start_time : entry.pause->start;
    if (a.meeting.end_time.empty() && !e.start.empty() && at > e.start && at > e.end) e.end = at;
    if (!entry.item) continue;
    if (!e.description.empty()) e.description.append("\n");
    e.description.append(CaseNumberLabel(entry.item->number, entry.item->year)).append(" ").append(entry.item->title);
  }
  std::string host = ctx.request().Header("Host");
  if (!host.empty()) e.url = "http://" + host + UrlFor(routes::kMeeting, a.meeting.id);
  return GovernanceDownload(ICalendar({e}, "-//Fremdrift//Fremdrift//NB"), "text/calendar; charset=utf-8",
                  ContentDisposition(GovernanceFileStem(a) + ".ics"));
}

// What a case page shows of the minutes and the follow-up: the minutes it
// approved, the actions of its decision, and the earlier case it brings
// back.
void AddFollowUp(RequestContext& ctx, mstch::map& view, const Case& c, const Body& body) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array approves;
  for (const auto& m : MinutesApprovedBy(ctx.db(), c.id)) {
    if (auto meeting = FindMeetingById(ctx.db(), m.meeting_id)) {
      approves.push_back(mstch::map{{"url", UrlFor(routes::kMeetingMinutes, m.meeting_id)},
                                    {"text", t.Format("minutes_heading", {{"meeting", MeetingHeading(*meeting, body, t)}})}});
    }
  }
  view["has_approves"] = !approves.empty();
  view["approves"] = approves;
  view["actions"] = ActionRows(ctx, InContext(ctx.db(), ActionsOfCase(ctx.db(), c.id)));
  view["has_actions"] = !ActionsOfCase(ctx.db(), c.id).empty();
  view["action_new_url"] = UrlFor(routes::kCaseNewAction, c.id);
  view["can_edit_actions"] = ctx.user() && MayEditGovernance(*ctx.user(), body);
  view["show_case"] = false;
  mstch::array brings_back;
  for (const auto& x : InContext(ctx.db(), ActionsBroughtBackBy(ctx.db(), c.id))) {
    brings_back.push_back(mstch::map{{"url", UrlFor(routes::kCase, x.item.id)},
                                     {"text", t.Format("gov_case_heading", {{"body", x.body.short_name},
                                                                            {"number", CaseNumberLabel(x.item.number, x.item.year)}}) +
                                                  " " + x.item.title}});
  }
  view["has_brings_back"] = !brings_back.empty();
  view["brings_back"] = brings_back;
}

Response GovernanceCasePage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  Case c = SeenCase(ctx.db(), visibility, ctx.IdParam("id"));
  Body body = BodyById(ctx.db(), c.body_id);
  std::vector<ResolvedCaseLink> links;
  for (const auto& l : c.links) links.push_back(ResolveCaseLink(ctx.db(), l));
  mstch::map view = CaseView(c, body, MeetingsById(ctx.db()), links, t);
  view["nav_governance"] = true;
  AddEditing(ctx, view, body, "case", c.id, UrlFor(routes::kEditCase, c.id), "");
  AddFollowUp(ctx, view, c, body);
  return RenderPage(ctx, "governance_case",
                    t.Format("gov_case_heading", {{"body", body.short_name},
                                                  {"number", CaseNumberLabel(c.number, c.year)}}) +
                        " " + c.title,
                    view);
}

// The decision log's query: Norwegian names in the page's address.
const std::vector<std::pair<std::string, std::string>> kLogParams = {
    {"utvalg", "body"}, {"ar", "year"}, {"mote", "meeting"}, {"status", "status"}, {"type", "type"}, {"q", "q"},
    {"oppfolging", "follow_up"}, {"ansvarlig", "responsible"}};

struct LogQuery {
  CaseFilter filter;
  std::map<std::string, std::string> values;  // by the page's names
  std::vector<std::pair<std::string, std::string>> pairs;
};

LogQuery ReadLogQuery(RequestContext& ctx) {
  LogQuery out;
  QueryList api;
  for (const auto& [page, name] : kLogParams) {
    std::string v = ctx.Query(page).value_or("");
    out.values[page] = v;
    out.pairs.emplace_back(page, v);
    if (name != "follow_up" && name != "responsible") api.emplace_back(name, v);
  }
  out.filter = CaseFilterFromQuery(ctx.db(), api, {"body", "year", "meeting", "status", "type", "q"});
  return out;
}

std::vector<DecisionRow> LogRows(RequestContext& ctx, const CaseFilter& filter) {
  std::map<int64_t, Body> bodies = BodiesById(ctx.db());
  auto meetings = MeetingsById(ctx.db());
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  // The follow-up filters: a case matches when one of its actions has the
  // state and the responsible organisation asked for.
  std::string state = ctx.Query("oppfolging").value_or("");
  std::string responsible = ctx.Query("ansvarlig").value_or("");
  if (!state.empty() && !ActionStateFromKey(state)) {
    throw Failure::Invalid(FieldProblem{"oppfolging", "must be open, in_progress, done or not_done", "action_state", {}});
  }
  std::map<int64_t, std::vector<FollowUpAction>> actions;
  for (auto& a : AllActions(ctx.db())) actions[a.case_id].push_back(std::move(a));
  std::vector<DecisionRow> rows;
  for (const auto& c : SeenCases(ctx.db(), visibility, filter.body_id)) {
    if (!MatchesCaseFilter(c, filter)) continue;
    const auto& own = actions[c.id];
    if (!state.empty() || !responsible.empty()) {
      bool match = std::any_of(own.begin(), own.end(), [&](const FollowUpAction& a) {
        return (state.empty() || ActionStateKey(a.state) == state) &&
               (responsible.empty() || a.organisation == responsible);
      });
      if (!match) continue;
    }
    rows.push_back({c, bodies.at(c.body_id), meetings.at(c.meeting_id), own});
  }
  // Newest meetings first, then by number.
  std::stable_sort(rows.begin(), rows.end(), [](const DecisionRow& a, const DecisionRow& b) {
    if (a.meeting.date != b.meeting.date) return b.meeting.date < a.meeting.date;
    return a.item.number < b.item.number;
  });
  return rows;
}

Response DecisionLogPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  LogQuery q = ReadLogQuery(ctx);
  auto rows = LogRows(ctx, q.filter);
  std::set<int> year_set;
  for (const auto& m : Meetings(ctx.db())) year_set.insert(m.date.year);
  std::vector<int> years(year_set.rbegin(), year_set.rend());
  std::set<std::string> responsible;
  for (const auto& a : AllActions(ctx.db())) responsible.insert(a.organisation);
  std::vector<std::pair<std::string, std::string>> organisations;
  for (const auto& o : Organisations(ctx.db())) {
    if (responsible.count(o.short_name)) organisations.emplace_back(o.short_name, o.name);
  }
  mstch::map view = DecisionLogView(rows, AllBodies(ctx.db()), years, q.values,
                                    UrlWithQuery(UrlFor(routes::kDecisionsCsv), q.pairs), organisations, t);
  view["nav_governance"] = true;
  return RenderPage(ctx, "governance_log", t.Text("gov_log_title"), view);
}

Response DecisionCsv(RequestContext& ctx) {
  LogQuery q = ReadLogQuery(ctx);
  auto meetings = MeetingsById(ctx.db());
  std::vector<CaseCsvRow> rows;
  auto found = LogRows(ctx, q.filter);
  // Oldest first, as a register reads.
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    rows.push_back({it->body.short_name, it->meeting.date.ToIso(),
                    it->item.postponed_to ? meetings.at(*it->item.postponed_to).date.ToIso() : "", it->item});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const CaseCsvRow& a, const CaseCsvRow& b) {
    if (a.item.year != b.item.year) return a.item.year < b.item.year;
    if (a.body != b.body) return a.body < b.body;
    return a.item.number < b.item.number;
  });
  return GovernanceDownload(CasesCsv(rows), "text/csv; charset=utf-8", ContentDisposition("vedtak.csv"));
}

}  // namespace

void RegisterGovernancePages(Router& router) {
  router.Add("GET", routes::kBodies, BodiesPage);
  router.Add("GET", routes::kBody, GovernanceBodyPage);
  router.Add("GET", routes::kMeeting, GovernanceMeetingPage);
  router.Add("GET", routes::kMeetingAgendaHtml, AgendaDocument);
  router.Add("GET", routes::kMeetingAgendaPdf, AgendaPdf);
  router.Add("GET", routes::kMeetingCalendarIcs, MeetingCalendar);
  router.Add("GET", routes::kCase, GovernanceCasePage);
  router.Add("GET", routes::kDecisions, DecisionLogPage);
  router.Add("GET", routes::kDecisionsCsv, DecisionCsv);
}

}  // namespace fremdrift
