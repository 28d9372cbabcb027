#include "web/api_risks.h"

#include <nlohmann/json.hpp>

#include "app/risk_service.h"
#include "formats/risk_json.h"
#include "web/request_body.h"
#include "web/request_context.h"

namespace fremdrift {
namespace {

// Signed-in users only: a risk may concern an item of a strategy that is
// not published yet.
Response ListRiskRecords(RequestContext& ctx) {
  ctx.RequireUser();
  return Response::Json(ExportRisks(ctx.db()).dump());
}

Response GetRisk(RequestContext& ctx) {
  ctx.RequireUser();
  return Response::Json(RiskToJson(FindRisk(ctx.db(), ctx.Param("key"))).dump());
}

// The version check: If-Match (or ?version=), else the body's "version".
Response PostRisk(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Risk stored = SaveRisk(ctx.db(), user, JsonBody(ctx), ExpectedVersion(ctx));
  return Response::Json(RiskToJson(stored).dump());
}

}  // namespace

void RegisterRiskRoutes(Router& r) {
  r.Add("GET", routes::kApiRisks, ListRiskRecords);
  r.Add("GET", routes::kApiRisk, GetRisk);
  r.Add("POST", routes::kApiRisks, PostRisk);
}

}  // namespace fremdrift
