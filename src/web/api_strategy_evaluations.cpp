#include "web/api_strategy_evaluations.h"

#include <nlohmann/json.hpp>

#include "app/strategy_evaluations.h"
#include "app/visibility.h"
#include "formats/strategy_evaluation_json.h"
#include "web/request_context.h"

namespace fremdrift {
namespace {

Response ListStrategyEvaluations(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& e : EvaluationsOf(ctx.db(), s)) out.push_back(StrategyEvaluationToJson(e.evaluation));
  return Response::Json(out.dump());
}

}  // namespace

void RegisterStrategyEvaluationRoutes(Router& r) {
  r.Add("GET", routes::kApiStrategyEvaluations, ListStrategyEvaluations);
}

}  // namespace fremdrift
