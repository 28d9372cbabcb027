#include "web/page_minutes.h"

#include <cctype>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/governance_reads.h"
#include "app/meeting_archive.h"
#include "app/minutes_queries.h"
#include "app/minutes_service.h"
#include "app/pdf_print_queue.h"
#include "domain/failure.h"
#include "domain/governance_rules.h"
#include "render/governance_view.h"
#include "render/minutes_document.h"
#include "render/minutes_view.h"
#include "render/url_for.h"
#include "web/content_disposition.h"
#include "web/governance_edit_form.h"
#include "web/governance_form_text.h"
#include "web/html_error.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/server.h"

namespace fremdrift {
namespace {

using MinutesKind = FormField::Kind;

// The cases and meetings the minutes name (the approval, the corrections).
struct Named {
  std::map<int64_t, Case> cases;
  std::map<int64_t, Meeting> meetings;
};

Named NamedRecords(RequestContext& ctx, const Minutes& m) {
  Named out;
  std::vector<int64_t> ids;
  if (m.approval_case_id) ids.push_back(*m.approval_case_id);
  for (const auto& k : m.corrections) {
    if (k.approval_case_id) ids.push_back(*k.approval_case_id);
  }
  for (int64_t id : ids) {
    auto c = FindCaseById(ctx.db(), id);
    if (!c) continue;
    int64_t meeting_id = c->postponed_to.value_or(c->meeting_id);
    if (auto m2 = FindMeetingById(ctx.db(), meeting_id)) out.meetings.emplace(meeting_id, *m2);
    out.cases.emplace(id, *c);
  }
  return out;
}

std::string MinutesFileStem(const MeetingAgenda& a) {
  std::string stem = a.body.key + "-" + a.meeting.date.ToIso() + "-referat";
  for (char& c : stem) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '-';
  }
  return stem;
}

Response MinutesPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  MeetingMinutes mm = LoadMinutes(ctx.db(), Viewer::Of(ctx.user()), ctx.IdParam("id"));
  Named named = NamedRecords(ctx, mm.minutes);
  mstch::map view = MinutesView({mm.agenda, mm.minutes, mm.stored, named.cases, named.meetings}, t);
  const auto& user = ctx.user();
  int64_t id = mm.agenda.meeting.id;
  view["can_edit"] = user && MayEditGovernance(*user, mm.agenda.body);
  view["edit_url"] = UrlFor(routes::kMeetingMinutesEdit, id);
  view["state_url"] = UrlFor(routes::kMeetingMinutesState, id);
  view["link_cases"] = true;
  view["saved"] = ctx.Query("lagret").has_value();
  view["nav_governance"] = true;
  view.merge(ObjectHistory(ctx, "minutes", id));
  return RenderPage(ctx, "governance_minutes", t.Format("minutes_heading", {{"meeting", MeetingHeading(
                                                                                           mm.agenda.meeting, mm.agenda.body, t)}}),
                    view);
}

std::string DocumentHtml(RequestContext& ctx, const MeetingMinutes& mm) {
  if (!mm.stored) throw Failure(FailureCode::kNotFound, "the minutes of this meeting are not written");
  Named named = NamedRecords(ctx, mm.minutes);
  return MinutesDocumentHtml({mm.agenda, mm.minutes, mm.stored, named.cases, named.meetings}, PageCatalogue(ctx),
                             ctx.config().assets_dir);
}

Response MinutesDocument(RequestContext& ctx) {
  MeetingMinutes mm = LoadMinutes(ctx.db(), Viewer::Of(ctx.user()), ctx.IdParam("id"));
  return Response::Html(DocumentHtml(ctx, mm));
}

Response MinutesPdf(RequestContext& ctx) {
  MeetingMinutes mm = LoadMinutes(ctx.db(), Viewer::Of(ctx.user()), ctx.IdParam("id"));
  std::string html = DocumentHtml(ctx, mm);
  try {
    Response r;
    r.content_type = "application/pdf";
    r.headers.emplace_back("Content-Disposition", ContentDisposition(MinutesFileStem(mm.agenda) + ".pdf", true));
    r.shared_body = PdfPrintQueue::Shared().Print(html);
    if (!r.shared_body) return HtmlBusyPage(ctx, "too many PDFs are being printed; try again in a few seconds");
    return r;
  } catch (const Failure& f) {
    std::cerr << "fremdrift: " << ctx.path() << ": " << f.what() << "\n";
    throw;
  }
}

// The meeting as an archive package (docs/meeting-archive.xsd).
Response ArchivePackage(RequestContext& ctx) {
  int64_t id = ctx.IdParam("id");
  std::string host = ctx.request().Header("Host");
  std::string base = host.empty() ? "" : std::string(ctx.IsSecure() ? "https://" : "http://") + host;
  Response r;
  r.content_type = "application/xml; charset=utf-8";
  r.body = MeetingArchivePackage(ctx.db(), Viewer::Of(ctx.user()), id,
                                 {base + UrlFor(routes::kMeetingAgendaPdf, id), base + UrlFor(routes::kMeetingMinutesPdf, id)});
  r.headers.emplace_back("Content-Disposition", ContentDisposition("moete-" + std::to_string(id) + "-arkiv.xml"));
  return r;
}

// ---- Writing the minutes ----

std::string CaseField(const Case& c, const char* part) { return "case_" + std::to_string(c.id) + "_" + part; }

struct MinutesEditable {
  MeetingMinutes mm;
  const User* user;
};

MinutesEditable EditableMinutes(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  MeetingMinutes mm = LoadMinutes(ctx.db(), Viewer::Of(user), ctx.IdParam("id"));
  EditableBodyById(ctx, mm.agenda.body.id, user);
  return {std::move(mm), &user};
}

// A form about the minutes of `mm`: its title from `title_key`, posted to
// `action` (a route of the meeting's id), cancelled back to the minutes.
EditPage MinutesForm(RequestContext& ctx, const MeetingMinutes& mm, const std::string& title_key,
                     const routes::RouteSpec& action) {
  const Catalogue& t = PageCatalogue(ctx);
  const Meeting& m = mm.agenda.meeting;
  std::string heading = MeetingHeading(m, mm.agenda.body, t);
  EditPage page;
  page.title = t.Format(title_key, {{"meeting", heading}});
  page.action = UrlFor(action, m.id);
  page.cancel_url = UrlFor(routes::kMeetingMinutes, m.id);
  if (mm.stored) page.version = mm.minutes.version;
  page.breadcrumbs = {Crumb(UrlFor(routes::kBody, mm.agenda.body.key), mm.agenda.body.name), Crumb(UrlFor(routes::kMeeting, m.id), heading),
                      Crumb(UrlFor(routes::kMeetingMinutes, m.id), t.Text("minutes_title"))};
  return page;
}

EditPage WritePage(RequestContext& ctx, const MeetingMinutes& mm) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page = MinutesForm(ctx, mm, "minutes_write_title", routes::kMeetingMinutesEdit);
  FieldSpec attendance{"attendance", MinutesKind::kTextarea};
  attendance.hint = t.Text("minutes_hint_attendance");
  page.fields.push_back(attendance);
  page.values["attendance"] = AttendanceToText(mm.minutes.attendance, ctx.lang());
  for (const auto& c : mm.agenda.cases) {
    std::string label = t.Format("gov_case_heading", {{"body", mm.agenda.body.short_name},
                                                      {"number", CaseNumberLabel(c.number, c.year)}}) +
                        " " + c.title;
    FieldSpec discussion{CaseField(c, "discussion"), MinutesKind::kTextarea};
    discussion.label = label + ": " + t.Text("minutes_discussion");
    FieldSpec decision{CaseField(c, "decision"), MinutesKind::kTextarea};
    decision.label = label + ": " + t.Text("gov_decision");
    if (!c.proposed_decision.empty()) decision.hint = t.Text("gov_proposed_decision") + ": " + c.proposed_decision;
    FieldSpec differs{CaseField(c, "differs"), MinutesKind::kSelect};
    differs.label = label + ": " + t.Text("minutes_differs_question");
    differs.options = {{"nei", t.Text("minutes_differs_no")}, {"ja", t.Text("minutes_differs_yes")}};
    page.fields.push_back(discussion);
    page.fields.push_back(decision);
    page.fields.push_back(differs);
    const MinutesCase* written = nullptr;
    for (const auto& mc : mm.minutes.cases) {
      if (mc.case_id == c.id) written = &mc;
    }
    page.values[discussion.name] = written ? written->discussion : "";
    page.values[decision.name] = written ? written->decision : c.decision;
    page.values[differs.name] = written && written->differs_from_proposal ? "ja" : "nei";
  }
  return page;
}

Response WriteForm(RequestContext& ctx) {
  MinutesEditable e = EditableMinutes(ctx);
  return ShowEditPage(ctx, WritePage(ctx, e.mm), kHttpOk);
}

Response SaveWritten(RequestContext& ctx) {
  MinutesEditable e = EditableMinutes(ctx);
  EditPage page = WritePage(ctx, e.mm);
  page.values = FromForm(ctx.Form(), page.fields);
  if (e.mm.stored) page.version = FormVersion(ctx.Form());
  nlohmann::json in{{"attendance", AttendanceFromText(page.values.at("attendance"))}};
  in["cases"] = nlohmann::json::array();
  for (const auto& c : e.mm.agenda.cases) {
    in["cases"].push_back({{"case_id", c.id},
                           {"discussion", page.values.at(CaseField(c, "discussion"))},
                           {"decision", page.values.at(CaseField(c, "decision"))},
                           {"differs_from_proposal", page.values.at(CaseField(c, "differs")) == "ja"}});
  }
  if (page.version) in["version"] = *page.version;
  int64_t id = e.mm.agenda.meeting.id;
  return SaveOrShow(ctx, page, [&] {
    SaveMinutes(ctx.db(), *e.user, id, in);
    return UrlFor(routes::kMeetingMinutes, id);
  });
}

// ---- Moving the minutes ----

EditPage MinutesStatePage(RequestContext& ctx, const MeetingMinutes& mm) {
  const Catalogue& t = PageCatalogue(ctx);
  const Meeting& m = mm.agenda.meeting;
  EditPage page = MinutesForm(ctx, mm, "minutes_state_title", routes::kMeetingMinutesState);
  FieldSpec state{"state", MinutesKind::kSelect, true};
  state.label = t.Text("minutes_state_to");
  auto offer = [&](MinutesState s) {
    std::string key(MinutesStateKey(s));
    state.options.push_back({key, t.Text("minutes_move_" + key)});
  };
  switch (mm.minutes.state) {
    case MinutesState::kDraft: offer(MinutesState::kCirculated); break;
    case MinutesState::kCirculated:
      offer(MinutesState::kApproved);
      offer(MinutesState::kDraft);
      break;
    case MinutesState::kApproved: offer(MinutesState::kDraft); break;
  }
  FieldSpec approval{"case_id", MinutesKind::kSelect};
  approval.label = t.Text("minutes_approval_case");
  approval.hint = t.Text("minutes_approval_case_hint");
  approval.options.push_back({"", t.Text("govf_none")});
  for (const auto& c : ApprovalCandidates(ctx.db(), m)) {
    approval.options.push_back({std::to_string(c.id), t.Format("gov_case_heading", {{"body", mm.agenda.body.short_name},
                                                                                  {"number", CaseNumberLabel(c.number, c.year)}}) +
                                                          " " + c.title});
  }
  FieldSpec reason{"reason", MinutesKind::kTextarea};
  reason.label = t.Text("minutes_reason");
  reason.hint = t.Text("minutes_reason_hint");
  page.fields = {state, approval, reason};
  page.values = {{"state", state.options.empty() ? "" : state.options.front().value}, {"case_id", ""}, {"reason", ""}};
  return page;
}

Response MinutesStateForm(RequestContext& ctx) {
  MinutesEditable e = EditableMinutes(ctx);
  if (!e.mm.stored) throw Failure(FailureCode::kNotFound, "the minutes of this meeting are not written");
  return ShowEditPage(ctx, MinutesStatePage(ctx, e.mm), kHttpOk);
}

Response MinutesSaveState(RequestContext& ctx) {
  MinutesEditable e = EditableMinutes(ctx);
  EditPage page = MinutesStatePage(ctx, e.mm);
  page.values = FromForm(ctx.Form(), page.fields);
  page.version = FormVersion(ctx.Form());
  nlohmann::json in{{"state", page.values.at("state")}, {"reason", page.values.at("reason")}};
  if (page.version) in["version"] = *page.version;
  const std::string& approval = page.values.at("case_id");
  if (!approval.empty()) {
    try {
      in["case_id"] = std::stoll(approval);
    } catch (const std::exception&) {
      in["case_id"] = approval;  // the use case names the field
    }
  }
  int64_t id = e.mm.agenda.meeting.id;
  return SaveOrShow(ctx, page, [&] {
    MoveMinutes(ctx.db(), *e.user, id, in);
    return UrlFor(routes::kMeetingMinutes, id);
  });
}

}  // namespace

void RegisterMinutesPages(Router& router) {
  router.Add("GET", routes::kMeetingMinutes, MinutesPage);
  router.Add("GET", routes::kMeetingMinutesHtml, MinutesDocument);
  router.Add("GET", routes::kMeetingMinutesPdf, MinutesPdf);
  router.Add("GET", routes::kMeetingArchiveXml, ArchivePackage);
  router.Add("GET", routes::kMeetingMinutesEdit, WriteForm);
  router.Add("POST", routes::kMeetingMinutesEdit, SaveWritten);
  router.Add("GET", routes::kMeetingMinutesState, MinutesStateForm);
  router.Add("POST", routes::kMeetingMinutesState, MinutesSaveState);
}

}  // namespace fremdrift
