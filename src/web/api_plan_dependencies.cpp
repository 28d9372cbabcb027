#include "web/api_plan_dependencies.h"

#include <nlohmann/json.hpp>

#include "app/plan_dependency_service.h"
#include "app/visibility.h"
#include "web/request_body.h"
#include "web/request_context.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

OJson Brief(const PlanItem& i) {
  return OJson{{"id", i.id}, {"key", i.key}, {"code", i.code}, {"title", i.title},
              {"start", i.start.ToText()}, {"end", i.end.ToText()}};
}

// Only the items the caller may see are listed (a strategy's items share
// its visibility, so these are all of them or none).
OJson DependenciesJson(SqlConnection& conn, const PlanItem& item) {
  ItemDependencies d = ReadItemDependencies(conn, item);
  OJson j{{"item", Brief(item)}, {"depends_on", OJson::array()}, {"waits_for", OJson::array()},
         {"waited_for_by", OJson::array()}};
  for (const auto& p : d.waits_for) {
    j["depends_on"].push_back(p.item.key);
    OJson b = Brief(p.item);
    b["ends_after_start"] = p.ends_after_start;
    j["waits_for"].push_back(b);
  }
  for (const auto& s : d.waited_for_by) j["waited_for_by"].push_back(Brief(s));
  return j;
}

Response GetDependencies(RequestContext& ctx) {
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
  return JsonResponse(DependenciesJson(ctx.db(), item));
}

Response PutDependencies(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  int64_t id = ctx.IdParam("id");
  SetItemDependencies(ctx.db(), user, id, JsonBody(ctx));
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), id);
  return JsonResponse(DependenciesJson(ctx.db(), item));
}

}  // namespace

void RegisterPlanDependencyRoutes(Router& r) {
  r.Add("GET", routes::kApiItemDependencies, GetDependencies);
  r.Add("PUT", routes::kApiItemDependencies, PutDependencies);
}

}  // namespace fremdrift
