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
Response ListRisks(RequestContext& ctx) {
  ctx.RequireUser();
  return Response::Json(ExportRisks(ctx.db()).dump());
}

Response PostRisk(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Risk stored = SaveRisk(ctx.db(), user, JsonBody(ctx));
  return Response::Json(RiskToJson(stored).dump());
}

}  // namespace

void RegisterRiskRoutes(Router& r) {
  r.Add("GET", "/api/v1/risks", ListRisks);
  r.Add("POST", "/api/v1/risks", PostRisk);
}

}  // namespace fremdrift
