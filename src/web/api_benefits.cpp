#include "web/api_benefits.h"

#include <nlohmann/json.hpp>

#include "app/benefit_service.h"
#include "formats/benefit_json.h"
#include "web/request_body.h"
#include "web/request_context.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

// Signed-in users only, as the risk register: a benefit may concern an
// item of a strategy that is not published yet.
Response ListBenefitRecords(RequestContext& ctx) {
  ctx.RequireUser();
  return JsonResponse(ExportBenefits(ctx.db()));
}

Response GetBenefit(RequestContext& ctx) {
  ctx.RequireUser();
  return JsonResponse(BenefitToJson(FindBenefit(ctx.db(), ctx.Param("key"))));
}

// The version check: ?version= or If-Match, when given.
Response DeleteBenefitRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteBenefit(ctx.db(), user, ctx.Param("key"), ExpectedVersion(ctx));
  return Response::NoContent();
}

Response PostBenefit(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Benefit stored = SaveBenefit(ctx.db(), user, JsonBody(ctx), ExpectedVersion(ctx));
  return JsonResponse(BenefitToJson(stored));
}

}  // namespace

void RegisterBenefitRoutes(Router& r) {
  r.Add("GET", routes::kApiBenefits, ListBenefitRecords);
  r.Add("POST", routes::kApiBenefits, PostBenefit);
  r.Add("GET", routes::kApiBenefit, GetBenefit);
  r.Add("DELETE", routes::kApiBenefit, DeleteBenefitRoute);
}

}  // namespace fremdrift
