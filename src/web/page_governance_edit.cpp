#include "web/page_governance_edit.h"

#include <nlohmann/json.hpp>

#include "app/follow_up_service.h"
#include "app/governance_reads.h"
#include "app/governance_service.h"
#include "app/organisation_reads.h"
#include "domain/governance_rules.h"
#include "domain/typed_input.h"
#include "render/form_view.h"
#include "render/governance_view.h"
#include "render/url_for.h"
#include "web/governance_edit_form.h"
#include "web/governance_form_text.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

using GovernanceEditKind = FormField::Kind;


Meeting FindMeeting(RequestContext& ctx) { return MeetingById(ctx.db(), ctx.IdParam("id")); }

Case FindCase(RequestContext& ctx) { return CaseById(ctx.db(), ctx.IdParam("id")); }

nlohmann::json NullIfEmpty(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

// ---- Bodies ----

std::vector<FieldSpec> BodyFields(RequestContext& ctx) {
  FieldSpec secretariat{"secretariat", GovernanceEditKind::kSelect};
  secretariat.options.push_back({"", PageCatalogue(ctx).Text("govf_none")});
  for (const auto& o : Organisations(ctx.db())) {
    secretariat.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  }
  return {{"name", GovernanceEditKind::kText, true}, {"short_name", GovernanceEditKind::kText, true}, {"description", GovernanceEditKind::kTextarea},
          secretariat, {"case_types", GovernanceEditKind::kTextarea}, {"members", GovernanceEditKind::kTextarea}};
}

EditPage GovernanceEditBodyPage(RequestContext& ctx, const Body& body) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  page.title = t.Format("govf_body_title", {{"name", body.name}});
  page.action = UrlFor(routes::kBodyEdit, body.key);
  page.cancel_url = UrlFor(routes::kBody, body.key);
  page.version = body.version;
  page.fields = BodyFields(ctx);
  page.values = {{"name", body.name},
                 {"short_name", body.short_name},
                 {"description", body.description},
                 {"secretariat", body.secretariat},
                 {"case_types", CaseTypesToText(body.case_types)},
                 {"members", MembersToText(body.members, ctx.lang())}};
  page.breadcrumbs = {Crumb(UrlFor(routes::kBodies), t.Text("gov_bodies_title")), Crumb(UrlFor(routes::kBody, body.key), body.name)};
  return page;
}

Response EditBodyPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return ShowEditPage(ctx, GovernanceEditBodyPage(ctx, EditableBody(ctx, ctx.Param("key"), user)), kHttpOk);
}

Response SaveBody(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Body body = EditableBody(ctx, ctx.Param("key"), user);
  EditPage page = GovernanceEditBodyPage(ctx, body);
  page.values = FromForm(ctx.Form(), page.fields);
  page.version = FormVersion(ctx.Form());
  const EditValues& v = page.values;
  nlohmann::json in{{"version", *page.version},
                    {"name", v.at("name")},
                    {"short_name", v.at("short_name")},
                    {"description", v.at("description")},
                    {"secretariat", NullIfEmpty(v.at("secretariat"))},
                    {"case_types", CaseTypesFromText(v.at("case_types"))},
                    {"members", MembersFromText(v.at("members"))}};
  return SaveOrShow(ctx, page, [&] { return UrlFor(routes::kBody, UpdateBody(ctx.db(), user, body.id, in).key); });
}

// ---- Meetings ----

std::vector<FieldSpec> MeetingFields(const Catalogue& t) {
  FieldSpec state{"state", GovernanceEditKind::kSelect};
  for (auto s : {MeetingState::kPlanned, MeetingState::kAgendaPublished, MeetingState::kHeld,
                 MeetingState::kMinutesApproved}) {
    std::string key(MeetingStateKey(s));
    state.options.push_back({key, t.Text("gov_meeting_state_" + key)});
  }
  return {{"date", GovernanceEditKind::kText, true}, {"number", GovernanceEditKind::kText}, {"place", GovernanceEditKind::kText},
          {"start_time", GovernanceEditKind::kText}, {"end_time", GovernanceEditKind::kText}, state, {"breaks", GovernanceEditKind::kTextarea}};
}

EditValues MeetingValues(const Meeting& m) {
  return {{"date", m.date.year ? m.date.ToIso() : ""},
          {"number", m.number ? std::to_string(*m.number) : ""},
          {"place", m.place},
          {"start_time", m.start_time},
          {"end_time", m.end_time},
          {"state", std::string(MeetingStateKey(m.state))},
          {"breaks", BreaksToText(m.breaks)}};
}

nlohmann::json MeetingBody(const EditValues& v) {
  nlohmann::json number = nullptr;
  if (!v.at("number").empty()) {
    number = v.at("number");
    if (v.at("number").find_first_not_of("0123456789") == std::string::npos && v.at("number").size() < 6) {
      number = std::stoi(v.at("number"));
    }
  }
  return {{"date", TypedDateToIso(v.at("date"))}, {"number", number},
          {"place", v.at("place")},        {"start_time", v.at("start_time")},
          {"end_time", v.at("end_time")},  {"state", v.at("state")},
          {"breaks", BreaksFromText(v.at("breaks"))}};
}

EditPage GovernanceEditMeetingPage(RequestContext& ctx, const Meeting& m, const Body& body) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  std::string heading = MeetingHeading(m, body, t);
  page.title = t.Format("govf_meeting_title", {{"meeting", heading}});
  page.action = UrlFor(routes::kMeetingEdit, m.id);
  page.cancel_url = UrlFor(routes::kMeeting, m.id);
  page.version = m.version;
  page.fields = MeetingFields(t);
  page.values = MeetingValues(m);
  page.breadcrumbs = {Crumb(UrlFor(routes::kBody, body.key), body.name), Crumb(UrlFor(routes::kMeeting, m.id), heading)};
  return page;
}

Response EditMeetingPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Meeting m = FindMeeting(ctx);
  return ShowEditPage(ctx, GovernanceEditMeetingPage(ctx, m, EditableBodyById(ctx, m.body_id, user)), kHttpOk);
}

Response SaveMeeting(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Meeting m = FindMeeting(ctx);
  EditPage page = GovernanceEditMeetingPage(ctx, m, EditableBodyById(ctx, m.body_id, user));
  page.values = FromForm(ctx.Form(), page.fields);
  page.version = FormVersion(ctx.Form());
  nlohmann::json in = MeetingBody(page.values);
  in["version"] = *page.version;
  return SaveOrShow(ctx, page, [&] { return UrlFor(routes::kMeeting, UpdateMeeting(ctx.db(), user, m.id, in).id); });
}

EditPage NewMeetingPage(RequestContext& ctx, const Body& body) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  page.title = t.Format("govf_new_meeting_title", {{"body", body.name}});
  page.action = UrlFor(routes::kBodyNewMeeting, body.key);
  page.cancel_url = UrlFor(routes::kBody, body.key);
  page.fields = MeetingFields(t);
  page.values = MeetingValues(Meeting{});
  page.values["date"] = "";
  page.breadcrumbs = {Crumb(UrlFor(routes::kBodies), t.Text("gov_bodies_title")), Crumb(UrlFor(routes::kBody, body.key), body.name)};
  return page;
}

Response NewMeetingForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return ShowEditPage(ctx, NewMeetingPage(ctx, EditableBody(ctx, ctx.Param("key"), user)), kHttpOk);
}

Response CreateMeetingFromForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Body body = EditableBody(ctx, ctx.Param("key"), user);
  EditPage page = NewMeetingPage(ctx, body);
  page.values = FromForm(ctx.Form(), page.fields);
  nlohmann::json in = MeetingBody(page.values);
  in["body"] = body.key;
  return SaveOrShow(ctx, page, [&] { return UrlFor(routes::kMeeting, CreateMeeting(ctx.db(), user, in).id); });
}

// ---- Cases ----

// The fields of a case form; `existing` adds what only an agenda case
// already there has: decision, status and the meeting it is postponed to.
std::vector<FieldSpec> CaseFields(RequestContext& ctx, const Body& body, const Meeting& meeting, bool existing) {
  const Catalogue& t = PageCatalogue(ctx);
  FieldSpec type{"type", GovernanceEditKind::kSelect};
  type.options.push_back({"", t.Text("govf_no_type")});
  for (const auto& ct : body.case_types) type.options.push_back({ct.key, ct.name});
  std::vector<FieldSpec> out{{"title", GovernanceEditKind::kText, true},   type,
                             {"start_time", GovernanceEditKind::kText},    {"presenters", GovernanceEditKind::kTextarea},
                             {"summary", GovernanceEditKind::kTextarea},   {"proposed_decision", GovernanceEditKind::kTextarea}};
  if (existing) {
    out.push_back({"decision", GovernanceEditKind::kTextarea});
    FieldSpec status{"status", GovernanceEditKind::kSelect};
    for (auto s : {CaseStatus::kPlanned, CaseStatus::kHandled, CaseStatus::kPostponed, CaseStatus::kWithdrawn}) {
      std::string key(CaseStatusKey(s));
      status.options.push_back({key, t.Text("gov_case_status_" + key)});
    }
    out.push_back(status);
    FieldSpec later{"postponed_to", GovernanceEditKind::kSelect};
    later.options.push_back({"", t.Text("govf_not_postponed")});
    for (const auto& m : Meetings(ctx.db(), body.id)) {
      if (meeting.date < m.date) later.options.push_back({std::to_string(m.id), MeetingHeading(m, body, t)});
    }
    out.push_back(later);
  }
  out.push_back({"links", GovernanceEditKind::kTextarea});
  if (!existing) {
    // A case that an earlier decision asked to be brought back here.
    FieldSpec follows{"follows_up", GovernanceEditKind::kSelect};
    follows.options.push_back({"", t.Text("govf_no_follow_up")});
    for (const auto& x : PendingReturns(ctx.db(), body.id)) {
      follows.options.push_back(
          {std::to_string(x.action.id),
           t.Format("gov_case_heading", {{"body", x.body.short_name}, {"number", CaseNumberLabel(x.item.number, x.item.year)}}) +
               " " + x.item.title});
    }
    if (follows.options.size() > 1) {
      follows.hint = t.Text("govf_hint_follows_up");
      out.push_back(follows);
    }
  }
  return out;
}

nlohmann::json CaseBody(const EditValues& v) {
  nlohmann::json in{{"title", v.at("title")},
                    {"type", NullIfEmpty(v.at("type"))},
                    {"start_time", v.at("start_time")},
                    {"presenters", PresentersFromText(v.at("presenters"))},
                    {"summary", v.at("summary")},
                    {"proposed_decision", v.at("proposed_decision")},
                    {"links", LinksFromText(v.at("links"))}};
  if (v.count("decision")) in["decision"] = v.at("decision");
  if (v.count("follows_up") && !v.at("follows_up").empty()) {
    try {
      in["follows_up"] = std::stoll(v.at("follows_up"));
    } catch (const std::exception&) {
      in["follows_up"] = v.at("follows_up");  // the use case names the field
    }
  }
  if (v.count("status")) in["status"] = v.at("status");
  if (v.count("postponed_to")) {
    const std::string& later = v.at("postponed_to");
    in["postponed_to"] = nullptr;
    if (!later.empty()) {
      try {
        in["postponed_to"] = std::stoll(later);
      } catch (const std::exception&) {
        in["postponed_to"] = later;  // the use case names the field
      }
    }
  }
  return in;
}

EditPage GovernanceEditCasePage(RequestContext& ctx, const Case& c, const Body& body, const Meeting& meeting) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  std::string label = t.Format("gov_case_heading", {{"body", body.short_name},
                                                    {"number", CaseNumberLabel(c.number, c.year)}});
  page.title = t.Format("govf_case_title", {{"case", label}});
  page.action = UrlFor(routes::kEditCase, c.id);
  page.cancel_url = UrlFor(routes::kCase, c.id);
  page.version = c.version;
  page.fields = CaseFields(ctx, body, meeting, true);
  page.values = {{"title", c.title},
                 {"type", c.type},
                 {"start_time", c.start_time},
                 {"presenters", PresentersToText(c.presenters)},
                 {"summary", c.summary},
                 {"proposed_decision", c.proposed_decision},
                 {"decision", c.decision},
                 {"status", std::string(CaseStatusKey(c.status))},
                 {"postponed_to", c.postponed_to ? std::to_string(*c.postponed_to) : ""},
                 {"links", LinksToText(c.links)}};
  page.delete_action = UrlFor(routes::kCaseDelete, c.id);
  page.breadcrumbs = {Crumb(UrlFor(routes::kBody, body.key), body.name),
                      Crumb(UrlFor(routes::kMeeting, meeting.id), MeetingHeading(meeting, body, t)),
                      Crumb(UrlFor(routes::kCase, c.id), label + " " + c.title)};
  return page;
}

struct GovernanceEditCaseContext {
  Case item;
  Body body;
  Meeting meeting;
};

GovernanceEditCaseContext GovernanceEditEditableCase(RequestContext& ctx, const User& user) {
  Case c = FindCase(ctx);
  Body body = EditableBodyById(ctx, c.body_id, user);
  Meeting meeting = MeetingById(ctx.db(), c.meeting_id);
  return {c, body, meeting};
}

Response EditCasePage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  GovernanceEditCaseContext cc = GovernanceEditEditableCase(ctx, user);
  return ShowEditPage(ctx, GovernanceEditCasePage(ctx, cc.item, cc.body, cc.meeting), kHttpOk);
}

Response SaveCase(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  GovernanceEditCaseContext cc = GovernanceEditEditableCase(ctx, user);
  EditPage page = GovernanceEditCasePage(ctx, cc.item, cc.body, cc.meeting);
  page.values = FromForm(ctx.Form(), page.fields);
  page.version = FormVersion(ctx.Form());
  nlohmann::json in = CaseBody(page.values);
  in["version"] = *page.version;
  return SaveOrShow(ctx, page, [&] { return UrlFor(routes::kCase, UpdateCase(ctx.db(), user, cc.item.id, in).id); });
}

Response DeleteCaseFromForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  GovernanceEditCaseContext cc = GovernanceEditEditableCase(ctx, user);
  EditPage page = GovernanceEditCasePage(ctx, cc.item, cc.body, cc.meeting);
  page.version = FormVersion(ctx.Form());
  return SaveOrShow(ctx, page, [&] {
    DeleteCase(ctx.db(), user, cc.item.id, page.version);
    return UrlFor(routes::kMeeting, cc.meeting.id);
  });
}

EditPage NewCasePage(RequestContext& ctx, const Meeting& m, const Body& body) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  std::string heading = MeetingHeading(m, body, t);
  page.title = t.Format("govf_new_case_title", {{"meeting", heading}});
  page.action = UrlFor(routes::kMeetingNewCase, m.id);
  page.cancel_url = UrlFor(routes::kMeeting, m.id);
  page.fields = CaseFields(ctx, body, m, false);
  for (const auto& f : page.fields) page.values[f.name] = "";
  page.breadcrumbs = {Crumb(UrlFor(routes::kBody, body.key), body.name), Crumb(UrlFor(routes::kMeeting, m.id), heading)};
  return page;
}

Response NewCaseForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Meeting m = FindMeeting(ctx);
  return ShowEditPage(ctx, NewCasePage(ctx, m, EditableBodyById(ctx, m.body_id, user)), kHttpOk);
}

Response CreateCaseFromForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Meeting m = FindMeeting(ctx);
  EditPage page = NewCasePage(ctx, m, EditableBodyById(ctx, m.body_id, user));
  page.values = FromForm(ctx.Form(), page.fields);
  nlohmann::json in = CaseBody(page.values);
  in["meeting_id"] = m.id;
  return SaveOrShow(ctx, page, [&] { return UrlFor(routes::kCase, CreateCase(ctx.db(), user, in).id); });
}

}  // namespace

void RegisterGovernanceEditRoutes(Router& router) {
  router.Add("GET", routes::kBodyEdit, EditBodyPage);
  router.Add("POST", routes::kBodyEdit, SaveBody);
  router.Add("GET", routes::kBodyNewMeeting, NewMeetingForm);
  router.Add("POST", routes::kBodyNewMeeting, CreateMeetingFromForm);
  router.Add("GET", routes::kMeetingEdit, EditMeetingPage);
  router.Add("POST", routes::kMeetingEdit, SaveMeeting);
  router.Add("GET", routes::kMeetingNewCase, NewCaseForm);
  router.Add("POST", routes::kMeetingNewCase, CreateCaseFromForm);
  router.Add("GET", routes::kEditCase, EditCasePage);
  router.Add("POST", routes::kEditCase, SaveCase);
  router.Add("POST", routes::kCaseDelete, DeleteCaseFromForm);
}

}  // namespace fremdrift
