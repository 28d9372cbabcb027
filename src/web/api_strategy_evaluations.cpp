#include "web/api_strategy_evaluations.h"

#include <nlohmann/json.hpp>

#include "app/strategy_evaluation_service.h"
#include "app/strategy_evaluations.h"
#include "app/visibility.h"
#include "formats/strategy_evaluation_json.h"
#include "render/url_for.h"
#include "web/http_status.h"
#include "web/request_body.h"
#include "web/request_context.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

// The evaluation as JSON with an ETag of its version ("N").
Response StrategyEvaluationsEvaluationResponse(const StrategyEvaluation& e, int status) {
  Response r = JsonResponse(StrategyEvaluationApiJson(e), status);
  r.headers.emplace_back("ETag", "\"" + std::to_string(e.version) + "\"");
  return r;
}

Response ListStrategyEvaluations(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& e : EvaluationsOf(ctx.db(), s)) out.push_back(StrategyEvaluationApiJson(e.evaluation));
  return JsonResponse(out);
}

Response GetStrategyEvaluation(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  return StrategyEvaluationsEvaluationResponse(FindStrategyEvaluation(ctx.db(), s, ctx.Param("key")), kHttpOk);
}

Response PostStrategyEvaluation(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  StrategyEvaluation e = CreateStrategyEvaluation(ctx.db(), user, s, JsonBody(ctx));
  Response r = StrategyEvaluationsEvaluationResponse(e, kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiStrategyEvaluation, s.key, e.key));
  return r;
}

Response PutStrategyEvaluation(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  StrategyEvaluation e =
      ReplaceStrategyEvaluation(ctx.db(), user, s, ctx.Param("key"), JsonBody(ctx), ExpectedVersion(ctx));
  return StrategyEvaluationsEvaluationResponse(e, kHttpOk);
}

Response DeleteStrategyEvaluationRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  DeleteStrategyEvaluation(ctx.db(), user, s, ctx.Param("key"), ExpectedVersion(ctx));
  return Response::NoContent();
}

}  // namespace

void RegisterStrategyEvaluationRoutes(Router& r) {
  r.Add("GET", routes::kApiStrategyEvaluations, ListStrategyEvaluations);
  r.Add("POST", routes::kApiStrategyEvaluations, PostStrategyEvaluation);
  r.Add("GET", routes::kApiStrategyEvaluation, GetStrategyEvaluation);
  r.Add("PUT", routes::kApiStrategyEvaluation, PutStrategyEvaluation);
  r.Add("DELETE", routes::kApiStrategyEvaluation, DeleteStrategyEvaluationRoute);
}

}  // namespace fremdrift
