#include "web/api_risks.h"

#include <nlohmann/json.hpp>

#include "app/risk_service.h"
#include "formats/risk_json.h"
#include "web/request_body.h"
#include "web/request_context.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

// Signed-in users only: a risk may concern an item of a strategy that is
// not published yet.
Response ListRiskRecords(RequestContext& ctx) {
  ctx.RequireUser();
  return JsonResponse(ExportRisks(ctx.db()));
}

Response GetRisk(RequestContext& ctx) {
  ctx.RequireUser();
  return JsonResponse(RiskToJson(FindRisk(ctx.db(), ctx.Param("key"))));
}

// The version check: If-Match (or ?version=), else the body's "version".
Response PostRisk(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Risk stored = SaveRisk(ctx.db(), user, JsonBody(ctx), ExpectedVersion(ctx));
  return JsonResponse(RiskToJson(stored));
}

}  // namespace

void RegisterRiskRoutes(Router& r) {
  r.Add("GET", routes::kApiRisks, ListRiskRecords);
  r.Add("GET", routes::kApiRisk, GetRisk);
  r.Add("POST", routes::kApiRisks, PostRisk);
}

}  // namespace fremdrift
