#include "web/api_governance.h"

#include <map>

#include "app/governance_reads.h"
#include "app/governance_service.h"
#include "app/meeting_agenda.h"
#include "app/visibility.h"
#include "domain/case_filter.h"
#include "formats/governance_json.h"
#include "render/url_for.h"
#include "web/governance_query.h"
#include "web/request_body.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

// "\"N\"": the entity tag of version N.
std::string ETag(int64_t version) {
  std::string tag(1, '"');
  return tag.append(std::to_string(version)).append(1, '"');
}


Response Created(const OJson& j, const std::string& location) {
  Response r = JsonResponse(j, kHttpCreated);
  r.headers.emplace_back("Location", location);
  return r;
}

OJson BodyJson(const fremdrift::Body& b) {
  OJson j{{"id", b.id}};
  j.update(BodyFieldsToJson(b));
  j["version"] = b.version;
  return j;
}

OJson MeetingJson(const Meeting& m, const std::string& body_key) {
  std::string label = MeetingNumberLabel(m);
  OJson j{{"id", m.id}, {"body", body_key}, {"body_id", m.body_id},
          {"label", label.empty() ? OJson(nullptr) : OJson(label)}};
  j.update(MeetingFieldsToJson(m));
  j["version"] = m.version;
  return j;
}

OJson CaseJson(const Case& c, const std::string& body_key, const std::string& meeting_date) {
  OJson j{{"id", c.id},
          {"body", body_key},
          {"body_id", c.body_id},
          {"meeting_id", c.meeting_id},
          {"meeting_date", meeting_date},
          {"year", c.year},
          {"number", c.number},
          {"label", CaseNumberLabel(c.number, c.year)},
          {"position", c.position},
          {"postponed_to", c.postponed_to ? OJson(*c.postponed_to) : OJson(nullptr)}};
  j.update(CaseFieldsToJson(c));
  j["version"] = c.version;
  return j;
}

// Body keys and meeting dates by id, for the JSON of many cases as the
// reader may see them (links to hidden records left out).
struct GovernanceNames {
  std::map<int64_t, std::string> bodies;
  std::map<int64_t, std::string> dates;
  Visibility visibility;
  GovernanceNames(SqlConnection& conn, const Viewer& viewer) : visibility(conn, viewer) {
    for (const auto& b : AllBodies(conn)) bodies[b.id] = b.key;
    for (const auto& m : Meetings(conn)) dates[m.id] = m.date.ToIso();
  }
  explicit GovernanceNames(RequestContext& ctx) : GovernanceNames(ctx.db(), Viewer::Of(ctx.user())) {}
  // A case already as the reader sees it.
  OJson Seen(const fremdrift::Case& seen) { return CaseJson(seen, bodies[seen.body_id], dates[seen.meeting_id]); }
  OJson Case(const fremdrift::Case& c) { return Seen(visibility.Seen(c)); }
};

fremdrift::Body FindBody(RequestContext& ctx) { return BodyByKey(ctx.db(), ctx.Param("key")); }

Response ListBodies(RequestContext& ctx) {
  OJson out = OJson::array();
  for (const auto& b : AllBodies(ctx.db())) out.push_back(BodyJson(b));
  return JsonResponse(out);
}

Response GetBody(RequestContext& ctx) {
  auto b = FindBody(ctx);
  Response r = JsonResponse(BodyJson(b));
  r.headers.emplace_back("ETag", ETag(b.version));
  return r;
}

Response CreateBodyRoute(RequestContext& ctx) {
  auto b = CreateBody(ctx.db(), ctx.RequireUser(), JsonBody(ctx));
  return Created(BodyJson(b), UrlFor(routes::kApiBody, b.key));
}

Response UpdateBodyRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto b = UpdateBody(ctx.db(), user, FindBody(ctx).id, JsonBody(ctx));
  return JsonResponse(BodyJson(b));
}

Response DeleteBodyRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteBody(ctx.db(), user, FindBody(ctx).id, ExpectedVersion(ctx));
  return Response::NoContent();
}

Response ListMeetings(RequestContext& ctx) {
  auto filter = CaseFilterFromQuery(ctx.db(), ctx.QueryParams(), {"body", "year"});
  GovernanceNames names(ctx);
  OJson out = OJson::array();
  for (const auto& m : Meetings(ctx.db(), filter.body_id, filter.year)) {
    out.push_back(MeetingJson(m, names.bodies[m.body_id]));
  }
  return JsonResponse(out);
}

Response GetMeeting(RequestContext& ctx) {
  MeetingAgenda a = LoadMeetingAgenda(ctx.db(), ctx.IdParam("id"));
  OJson j = MeetingJson(a.meeting, a.body.key);
  j["agenda"] = OJson::array();
  for (const auto& e : a.Entries()) {
    if (e.item) {
      j["agenda"].push_back({{"kind", "case"}, {"case_id", e.item->id},
                             {"label", CaseNumberLabel(e.item->number, e.item->year)},
                             {"title", e.item->title},
                             {"type", e.item->type.empty() ? OJson(nullptr) : OJson(e.item->type)},
                             {"start_time", e.item->start_time},
                             {"status", std::string(CaseStatusKey(e.item->status))}});
    } else {
      j["agenda"].push_back({{"kind", "break"}, {"case_id", nullptr}, {"label", nullptr},
                             {"title", e.pause->title}, {"type", nullptr}, {"start_time", e.pause->start},
                             {"status", nullptr}});
    }
  }
  Response r = JsonResponse(j);
  r.headers.emplace_back("ETag", ETag(a.meeting.version));
  return r;
}

Response CreateMeetingRoute(RequestContext& ctx) {
  auto m = CreateMeeting(ctx.db(), ctx.RequireUser(), JsonBody(ctx));
  return Created(MeetingJson(m, BodyById(ctx.db(), m.body_id).key), UrlFor(routes::kApiMeeting, m.id));
}

Response UpdateMeetingRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto m = UpdateMeeting(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx));
  return JsonResponse(MeetingJson(m, BodyById(ctx.db(), m.body_id).key));
}

Response DeleteMeetingRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteMeeting(ctx.db(), user, ctx.IdParam("id"), ExpectedVersion(ctx));
  return Response::NoContent();
}

Response ListCases(RequestContext& ctx) {
  auto filter = CaseFilterFromQuery(ctx.db(), ctx.QueryParams(),
                                    {"body", "year", "meeting", "status", "type", "q", "link_kind", "link_ref"});
  auto link = CaseLinkFromQuery(ctx.QueryParams());
  GovernanceNames names(ctx);
  OJson out = OJson::array();
  // A hidden record has no cases for those who may not see it.
  for (const auto& c : link ? SeenCasesLinkedTo(ctx.db(), names.visibility, *link)
                            : SeenCases(ctx.db(), names.visibility, filter.body_id)) {
    if (MatchesCaseFilter(c, filter)) out.push_back(names.Seen(c));
  }
  return JsonResponse(out);
}

Response GetCase(RequestContext& ctx) {
  GovernanceNames names(ctx);
  Case c = SeenCase(ctx.db(), names.visibility, ctx.IdParam("id"));
  Response r = JsonResponse(names.Seen(c));
  r.headers.emplace_back("ETag", ETag(c.version));
  return r;
}

Response CreateCaseRoute(RequestContext& ctx) {
  auto c = CreateCase(ctx.db(), ctx.RequireUser(), JsonBody(ctx));
  return Created(GovernanceNames(ctx).Case(c), UrlFor(routes::kApiCase, c.id));
}

Response UpdateCaseRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto c = UpdateCase(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx));
  return JsonResponse(GovernanceNames(ctx).Case(c));
}

Response DeleteCaseRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteCase(ctx.db(), user, ctx.IdParam("id"), ExpectedVersion(ctx));
  return Response::NoContent();
}

}  // namespace

void RegisterGovernanceRoutes(Router& r) {
  r.Add("GET", routes::kApiBodies, ListBodies);
  r.Add("POST", routes::kApiBodies, CreateBodyRoute);
  r.Add("GET", routes::kApiBody, GetBody);
  r.Add("PUT", routes::kApiBody, UpdateBodyRoute);
  r.Add("DELETE", routes::kApiBody, DeleteBodyRoute);
  r.Add("GET", routes::kApiMeetings, ListMeetings);
  r.Add("POST", routes::kApiMeetings, CreateMeetingRoute);
  r.Add("GET", routes::kApiMeeting, GetMeeting);
  r.Add("PUT", routes::kApiMeeting, UpdateMeetingRoute);
  r.Add("DELETE", routes::kApiMeeting, DeleteMeetingRoute);
  r.Add("GET", routes::kApiCases, ListCases);
  r.Add("POST", routes::kApiCases, CreateCaseRoute);
  r.Add("GET", routes::kApiCase, GetCase);
  r.Add("PUT", routes::kApiCase, UpdateCaseRoute);
  r.Add("DELETE", routes::kApiCase, DeleteCaseRoute);
}

}  // namespace fremdrift
