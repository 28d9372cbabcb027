#include "web/page_follow_up.h"

#include <nlohmann/json.hpp>

#include "app/follow_up_service.h"
#include "app/governance_reads.h"
#include "app/minutes_queries.h"
#include "app/organisation_reads.h"
#include "domain/failure.h"
#include "domain/follow_up_rules.h"
#include "domain/typed_input.h"
#include "render/date_text.h"
#include "render/governance_view.h"
#include "render/url_for.h"
#include "web/governance_edit_form.h"
#include "web/governance_form_text.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

using FollowUpKind = FormField::Kind;

Case CaseOf(RequestContext& ctx, int64_t id) {
  auto c = FindCaseById(ctx.db(), id);
  if (!c) throw Failure(FailureCode::kNotFound, "no case with id " + std::to_string(id));
  return *c;
}

FollowUpAction ActionOf(RequestContext& ctx) {
  auto a = FindAction(ctx.db(), ctx.IdParam("id"));
  if (!a) throw Failure(FailureCode::kNotFound, "no follow-up action with id " + ctx.Param("id"));
  return *a;
}

std::string CaseLabel(const Case& c, const Body& body, const Catalogue& t) {
  return t.Format("gov_case_heading", {{"body", body.short_name}, {"number", CaseNumberLabel(c.number, c.year)}}) +
         " " + c.title;
}

std::vector<FieldSpec> ActionFields(RequestContext& ctx, bool existing) {
  const Catalogue& t = PageCatalogue(ctx);
  FieldSpec organisation{"organisation", FollowUpKind::kSelect, true};
  organisation.options.push_back({"", t.Text("govf_none")});
  for (const auto& o : Organisations(ctx.db())) {
    organisation.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  }
  FieldSpec to_meeting{"to_meeting", FollowUpKind::kSelect};
  to_meeting.options = {{"nei", t.Text("action_by_date")}, {"ja", t.Text("action_to_meeting")}};
  FieldSpec to_body{"to_body", FollowUpKind::kSelect};
  to_body.options.push_back({"", t.Text("action_same_body")});
  for (const auto& b : AllBodies(ctx.db())) to_body.options.push_back({b.key, b.name});
  std::vector<FieldSpec> out{{"description", FollowUpKind::kTextarea, true}, organisation, {"due", FollowUpKind::kText}, to_meeting,
                             to_body, {"links", FollowUpKind::kTextarea}};
  if (existing) {
    FieldSpec state{"state", FollowUpKind::kSelect};
    for (auto s : AllActionStates()) {
      std::string key(ActionStateKey(s));
      state.options.push_back({key, t.Text("action_state_" + key)});
    }
    out.push_back(state);
    out.push_back({"reason", FollowUpKind::kTextarea});
  }
  for (auto& f : out) {
    if (f.name == "due" || f.name == "to_meeting" || f.name == "to_body" || f.name == "reason") {
      f.label = t.Text("actionf_field_" + f.name);
      f.hint = t.Text("actionf_hint_" + f.name);
    } else if (f.name == "description" || f.name == "organisation" || f.name == "state") {
      f.label = t.Text("actionf_field_" + f.name);
    }
  }
  return out;
}

nlohmann::json ActionBody(const EditValues& v) {
  bool to_meeting = v.at("to_meeting") == "ja";
  std::string due = TypedDateToIso(v.at("due"));
  nlohmann::json in{{"description", v.at("description")},
                    {"organisation", v.at("organisation")},
                    {"due", due.empty() ? nlohmann::json(nullptr) : nlohmann::json(due)},
                    {"to_meeting", to_meeting},
                    {"to_body", v.at("to_body").empty() || !to_meeting ? nlohmann::json(nullptr)
                                                                       : nlohmann::json(v.at("to_body"))},
                    {"links", LinksFromText(v.at("links"))}};
  if (v.count("state")) in["state"] = v.at("state");
  if (v.count("reason")) in["reason"] = v.at("reason");
  return in;
}

std::string DueText(const FollowUpAction& a) {
  if (!a.due) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", a.due->day, a.due->month, a.due->year);
  return buf;
}

struct FollowUpCaseContext {
  Case item;
  Body body;
};

FollowUpCaseContext FollowUpEditableCase(RequestContext& ctx, int64_t case_id, const User& user) {
  Case c = CaseOf(ctx, case_id);
  Body body = EditableBodyById(ctx, c.body_id, user);
  return {c, body};
}

EditPage FollowUpNewPage(RequestContext& ctx, const FollowUpCaseContext& cc) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  page.title = t.Format("action_new_title", {{"case", CaseLabel(cc.item, cc.body, t)}});
  page.action = UrlFor(routes::kCaseNewAction, cc.item.id);
  page.cancel_url = UrlFor(routes::kCase, cc.item.id);
  page.fields = ActionFields(ctx, false);
  for (const auto& f : page.fields) page.values[f.name] = "";
  page.values["to_meeting"] = "nei";
  page.breadcrumbs = {Crumb(UrlFor(routes::kBody, cc.body.key), cc.body.name), Crumb(UrlFor(routes::kCase, cc.item.id), CaseLabel(cc.item, cc.body, t))};
  return page;
}

Response NewForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return ShowEditPage(ctx, FollowUpNewPage(ctx, FollowUpEditableCase(ctx, ctx.IdParam("id"), user)), kHttpOk);
}

Response CreateFromForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  FollowUpCaseContext cc = FollowUpEditableCase(ctx, ctx.IdParam("id"), user);
  EditPage page = FollowUpNewPage(ctx, cc);
  page.values = FromForm(ctx.Form(), page.fields);
  nlohmann::json in = ActionBody(page.values);
  return SaveOrShow(ctx, page, [&] {
    CreateAction(ctx.db(), user, cc.item.id, in);
    return UrlFor(routes::kCase, cc.item.id);
  });
}

EditPage EditPageOf(RequestContext& ctx, const FollowUpAction& a, const FollowUpCaseContext& cc) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  page.title = t.Format("action_edit_title", {{"case", CaseLabel(cc.item, cc.body, t)}});
  page.action = UrlFor(routes::kActionEdit, a.id);
  page.cancel_url = UrlFor(routes::kCase, cc.item.id);
  page.version = a.version;
  page.fields = ActionFields(ctx, true);
  std::string to_body;
  if (a.to_body_id) {
    for (const auto& b : AllBodies(ctx.db())) {
      if (b.id == *a.to_body_id) to_body = b.key;
    }
  }
  page.values = {{"description", a.description},
                 {"organisation", a.organisation},
                 {"due", DueText(a)},
                 {"to_meeting", a.to_meeting ? "ja" : "nei"},
                 {"to_body", to_body},
                 {"links", LinksToText(a.links)},
                 {"state", std::string(ActionStateKey(a.state))},
                 {"reason", a.state_reason}};
  page.breadcrumbs = {Crumb(UrlFor(routes::kBody, cc.body.key), cc.body.name), Crumb(UrlFor(routes::kCase, cc.item.id), CaseLabel(cc.item, cc.body, t))};
  return page;
}

Response EditForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  FollowUpAction a = ActionOf(ctx);
  return ShowEditPage(ctx, EditPageOf(ctx, a, FollowUpEditableCase(ctx, a.case_id, user)), kHttpOk);
}

Response FollowUpSaveEdit(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  FollowUpAction a = ActionOf(ctx);
  FollowUpCaseContext cc = FollowUpEditableCase(ctx, a.case_id, user);
  EditPage page = EditPageOf(ctx, a, cc);
  page.values = FromForm(ctx.Form(), page.fields);
  page.version = FormVersion(ctx.Form());
  nlohmann::json in = ActionBody(page.values);
  in["version"] = *page.version;
  return SaveOrShow(ctx, page, [&] {
    UpdateAction(ctx.db(), user, a.id, in);
    return UrlFor(routes::kCase, cc.item.id);
  });
}

// ---- The state, for the responsible organisation ----

EditPage FollowUpStatePage(RequestContext& ctx, const FollowUpAction& a, const Case& c, const Body& body) {
  const Catalogue& t = PageCatalogue(ctx);
  EditPage page;
  page.title = t.Format("action_state_title", {{"case", CaseLabel(c, body, t)}});
  page.action = UrlFor(routes::kActionState, a.id);
  page.cancel_url = UrlFor(routes::kTasks);
  page.version = a.version;
  FieldSpec state{"state", FollowUpKind::kSelect, true};
  state.label = t.Text("actionf_field_state");
  for (auto s : AllActionStates()) {
    std::string key(ActionStateKey(s));
    state.options.push_back({key, t.Text("action_state_" + key)});
  }
  FieldSpec reason{"reason", FollowUpKind::kTextarea};
  reason.label = t.Text("actionf_field_reason");
  reason.hint = t.Text("actionf_hint_reason");
  page.fields = {state, reason};
  page.values = {{"state", std::string(ActionStateKey(a.state))}, {"reason", a.state_reason}};
  page.breadcrumbs = {Crumb(UrlFor(routes::kTasks), t.Text("tasks_title"))};
  return page;
}

struct StateContext {
  FollowUpAction action;
  Case item;
  Body body;
};

StateContext MovableAction(RequestContext& ctx, const User& user) {
  FollowUpAction a = ActionOf(ctx);
  Case c = CaseOf(ctx, a.case_id);
  Body body;
  for (auto& b : AllBodies(ctx.db())) {
    if (b.id == c.body_id) body = std::move(b);
  }
  if (!MayUpdateActionState(user, a, body)) {
    throw Failure(FailureCode::kForbidden, "only the secretariat and editors of " + a.organisation +
                                               " may move this action");
  }
  return {a, c, body};
}

Response FollowUpStateForm(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  StateContext sc = MovableAction(ctx, user);
  return ShowEditPage(ctx, FollowUpStatePage(ctx, sc.action, sc.item, sc.body), kHttpOk);
}

Response FollowUpSaveState(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  StateContext sc = MovableAction(ctx, user);
  EditPage page = FollowUpStatePage(ctx, sc.action, sc.item, sc.body);
  page.values = FromForm(ctx.Form(), page.fields);
  page.version = FormVersion(ctx.Form());
  return SaveOrShow(ctx, page, [&] {
    SetActionState(ctx.db(), user, sc.action.id, page.values.at("state"), page.values.at("reason"), page.version);
    return UrlFor(routes::kTasks);
  });
}

}  // namespace

void RegisterFollowUpPages(Router& router) {
  router.Add("GET", routes::kCaseNewAction, NewForm);
  router.Add("POST", routes::kCaseNewAction, CreateFromForm);
  router.Add("GET", routes::kActionEdit, EditForm);
  router.Add("POST", routes::kActionEdit, FollowUpSaveEdit);
  router.Add("GET", routes::kActionState, FollowUpStateForm);
  router.Add("POST", routes::kActionState, FollowUpSaveState);
}

}  // namespace fremdrift
