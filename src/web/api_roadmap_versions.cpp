#include "web/api_roadmap_versions.h"

#include "app/roadmap_version_service.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/request_body.h"
#include "formats/roadmap_json.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

OJson VersionJson(const RoadmapVersion& v) {
  OJson j{{"id", v.id}};
  j.update(RoadmapVersionToJson(v));
  j["version"] = v.version;
  return j;
}

Response List(RequestContext& ctx) {
  OJson out = OJson::array();
  for (const auto& v : ListRoadmapVersions(ctx.db())) {
    size_t actions = 0;
    for (const auto& s : v.services) actions += s.actions.size();
    out.push_back({{"id", v.id},
                   {"code", v.code},
                   {"title", v.title},
                   {"date", v.date ? OJson(v.date->ToIso()) : OJson(nullptr)},
                   {"status", std::string(RoadmapStatusKey(v.status))},
                   {"based_on", v.based_on.empty() ? OJson(nullptr) : OJson(v.based_on)},
                   {"services", v.services.size()},
                   {"actions", actions},
                   {"version", v.version}});
  }
  return JsonResponse(out);
}

Response Create(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  RoadmapVersion v = CreateRoadmapVersion(ctx.db(), user, JsonBody(ctx));
  Response r = JsonResponse(VersionJson(v), kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiRoadmapVersion, v.code));
  return r;
}

Response Get(RequestContext& ctx) {
  RoadmapVersion v = FindRoadmapVersion(ctx.db(), ctx.Param("code"));
  Response r = JsonResponse(VersionJson(v));
  r.headers.emplace_back("ETag", std::string(1, '"').append(std::to_string(v.version)).append(1, '"'));
  return r;
}

Response Replace(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  RoadmapVersion v = ReplaceRoadmapVersion(ctx.db(), user, ctx.Param("code"), JsonBody(ctx));
  return JsonResponse(VersionJson(v));
}

Response Compare(RequestContext& ctx) {
  auto diff = CompareVersions(ctx.db(), ctx.Query("from").value_or(""), ctx.Query("to").value_or(""));
  return JsonResponse(RoadmapDiffToJson(diff));
}

}  // namespace

void RegisterRoadmapVersionRoutes(Router& r) {
  r.Add("GET", routes::kApiRoadmapVersions, List);
  r.Add("POST", routes::kApiRoadmapVersions, Create);
  r.Add("GET", routes::kApiRoadmapVersionsCompare, Compare);
  r.Add("GET", routes::kApiRoadmapVersion, Get);
  r.Add("PUT", routes::kApiRoadmapVersion, Replace);
}

}  // namespace fremdrift
