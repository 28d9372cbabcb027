#include "web/api_minutes.h"

#include "app/follow_up_service.h"
#include "app/governance_reads.h"
#include "app/minutes_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "formats/minutes_json.h"
#include "app/minutes_queries.h"
#include "render/url_for.h"
#include "web/request_body.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

OJson CaseRef(const Case& c) {
  return {{"id", c.id}, {"label", CaseNumberLabel(c.number, c.year)}, {"title", c.title}};
}

OJson OptionalCaseRef(SqlConnection& conn, const std::optional<int64_t>& id) {
  if (!id) return nullptr;
  auto c = FindCaseById(conn, *id);
  return c ? CaseRef(*c) : OJson(nullptr);
}

OJson MinutesJson(SqlConnection& conn, const MeetingMinutes& mm) {
  const Minutes& m = mm.minutes;
  OJson j{{"meeting_id", m.meeting_id},
          {"body", mm.agenda.body.key},
          {"state", std::string(MinutesStateKey(m.state))},
          {"stored", mm.stored}};
  OJson fields = MinutesFieldsToJson(m);
  j["attendance"] = fields["attendance"];
  // Each case of the minutes with its number, title and proposed decision.
  OJson cases = OJson::array();
  for (const auto& mc : m.cases) {
    OJson c = OJson{{"case_id", mc.case_id}};
    for (const auto& a : mm.agenda.cases) {
      if (a.id != mc.case_id) continue;
      c["label"] = CaseNumberLabel(a.number, a.year);
      c["title"] = a.title;
      c["proposed_decision"] = a.proposed_decision;
    }
    c["discussion"] = mc.discussion;
    c["decision"] = mc.decision;
    c["differs_from_proposal"] = mc.differs_from_proposal;
    cases.push_back(c);
  }
  j["cases"] = cases;
  j["approval_case"] = OptionalCaseRef(conn, m.approval_case_id);
  OJson corrections = OJson::array();
  for (const auto& k : m.corrections) {
    corrections.push_back({{"approval_case", OptionalCaseRef(conn, k.approval_case_id)},
                           {"reason", k.reason},
                           {"at", k.at}});
  }
  j["corrections"] = corrections;
  j["source"] = m.source;
  j["version"] = mm.stored ? OJson(m.version) : OJson(nullptr);
  return j;
}

Response GetMinutes(RequestContext& ctx) {
  MeetingMinutes mm = LoadMinutes(ctx.db(), Viewer::Of(ctx.user()), ctx.IdParam("id"));
  return JsonResponse(MinutesJson(ctx.db(), mm));
}

Response PutMinutes(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  SaveMinutes(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx));
  return JsonResponse(MinutesJson(ctx.db(), LoadMinutes(ctx.db(), Viewer::Of(user), ctx.IdParam("id"))));
}

Response MoveMinutesRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  MoveMinutes(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx));
  return JsonResponse(MinutesJson(ctx.db(), LoadMinutes(ctx.db(), Viewer::Of(user), ctx.IdParam("id"))));
}

OJson ActionJson(const ActionInContext& x, Visibility& visibility) {
  FollowUpAction a = x.action;
  std::vector<CaseLink> seen;
  for (const auto& l : a.links) {
    if (visibility.LinkSeen(l)) seen.push_back(l);
  }
  a.links = seen;
  OJson j{{"id", a.id}, {"case", CaseRef(x.item)}, {"body", x.body.key}};
  j.update(ActionFieldsToJson(a));
  j["to_body"] = x.to_body ? OJson(x.to_body->key) : OJson(nullptr);
  j["brought_back_case_id"] = a.brought_back_case_id ? OJson(*a.brought_back_case_id) : OJson(nullptr);
  j["awaits_meeting"] = AwaitsMeeting(a);
  j["version"] = a.version;
  return j;
}

Response ActionResponse(RequestContext& ctx, const FollowUpAction& a, int status = kHttpOk) {
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  auto list = InContext(ctx.db(), {a});
  Response r = JsonResponse(ActionJson(list.at(0), visibility), status);
  if (status == kHttpCreated) r.headers.emplace_back("Location", UrlFor(routes::kApiAction, a.id));
  return r;
}

Response ListActions(RequestContext& ctx) {
  std::string organisation = ctx.Query("organisation").value_or("");
  std::string state = ctx.Query("state").value_or("");
  std::string body = ctx.Query("body").value_or("");
  std::string case_id = ctx.Query("case").value_or("");
  if (!state.empty() && !ActionStateFromKey(state)) {
    throw Failure::Invalid(FieldProblem{"state", "must be open, in_progress, done or not_done", "action_state", {}});
  }
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  OJson out = OJson::array();
  for (const auto& x : InContext(ctx.db(), AllActions(ctx.db()))) {
    if (!organisation.empty() && x.action.organisation != organisation) continue;
    if (!state.empty() && ActionStateKey(x.action.state) != state) continue;
    if (!body.empty() && x.body.key != body) continue;
    if (!case_id.empty() && std::to_string(x.item.id) != case_id) continue;
    out.push_back(ActionJson(x, visibility));
  }
  return JsonResponse(out);
}

Response GetAction(RequestContext& ctx) {
  auto a = FindAction(ctx.db(), ctx.IdParam("id"));
  if (!a) throw Failure(FailureCode::kNotFound, "no follow-up action with id " + ctx.Param("id"));
  return ActionResponse(ctx, *a);
}

Response CreateActionRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return ActionResponse(ctx, CreateAction(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx)), kHttpCreated);
}

Response UpdateActionRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return ActionResponse(ctx, UpdateAction(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx)));
}

Response ActionStateRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  nlohmann::json in = JsonBody(ctx);
  if (!in.is_object() || !in.contains("state") || !in["state"].is_string()) {
    throw Failure::Invalid(FieldProblem{"state", "is required", "required", {}});
  }
  std::optional<int64_t> version;
  if (in.contains("version") && in["version"].is_number_integer()) version = in["version"].get<int64_t>();
  std::string reason = in.contains("reason") && in["reason"].is_string() ? in["reason"].get<std::string>() : "";
  return ActionResponse(ctx, SetActionState(ctx.db(), user, ctx.IdParam("id"), in["state"], reason, version));
}

Response DeleteActionRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteAction(ctx.db(), user, ctx.IdParam("id"), ExpectedVersion(ctx));
  return Response::NoContent();
}

Response PendingRoute(RequestContext& ctx) {
  auto body = BodyByKey(ctx.db(), ctx.Param("key"));
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  OJson out = OJson::array();
  for (const auto& x : PendingReturns(ctx.db(), body.id)) out.push_back(ActionJson(x, visibility));
  return JsonResponse(out);
}

}  // namespace

void RegisterMinutesRoutes(Router& r) {
  r.Add("GET", routes::kApiMeetingMinutes, GetMinutes);
  r.Add("PUT", routes::kApiMeetingMinutes, PutMinutes);
  r.Add("POST", routes::kApiMeetingMinutesState, MoveMinutesRoute);
  r.Add("GET", routes::kApiActions, ListActions);
  r.Add("GET", routes::kApiAction, GetAction);
  r.Add("PUT", routes::kApiAction, UpdateActionRoute);
  r.Add("DELETE", routes::kApiAction, DeleteActionRoute);
  r.Add("POST", routes::kApiActionState, ActionStateRoute);
  r.Add("POST", routes::kApiCaseActions, CreateActionRoute);
  r.Add("GET", routes::kApiBodyPending, PendingRoute);
}

}  // namespace fremdrift
