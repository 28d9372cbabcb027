#include "web/api_cost_sharing.h"
#include "web/api_admin.h"
#include "web/api_downloads.h"
#include "web/api_governance.h"
#include "web/api_health_apps.h"
#include "web/api_indicator_edits.h"
#include "web/api_indicators.h"
#include "web/api_minutes.h"
#include "web/api_periods.h"
#include "web/api_plan_dependencies.h"
#include "web/api_benefits.h"
#include "web/api_strategy_evaluations.h"
#include "web/api_risks.h"
#include "web/api_portfolio.h"
#include "web/api_round.h"
#include "web/api_routes.h"
#include "web/page_routes.h"
#include "web/server.h"
#include "web/service_routes.h"

namespace fremdrift {

Router BuildRouter() {
  Router router;
  RegisterApiRoutes(router);
  RegisterPlanDependencyRoutes(router);  // strategy model (docs/strategy-model.md)
  RegisterRiskRoutes(router);            // strategy model (docs/strategy-model.md)
  RegisterBenefitRoutes(router);         // strategy model (docs/strategy-model.md)
  RegisterStrategyEvaluationRoutes(router);  // strategy model (docs/strategy-model.md)
  RegisterIndicatorRoutes(router);
  RegisterIndicatorEditRoutes(router);
  RegisterDownloadRoutes(router);
  RegisterPeriodRoutes(router);
  RegisterRoundRoutes(router);  // tasks, round settings, coverage (web/api_round.h)
  RegisterCostSharingRoutes(router);
  RegisterGovernanceRoutes(router);
  RegisterMinutesRoutes(router);  // minutes and follow-up actions (web/api_minutes.h)
  RegisterPortfolioRoutes(router);
  RegisterHealthAppApiRoutes(router);  // /api/v1/health-apps, /api/v1/app-catalogues (docs/health-apps.md)
  RegisterAdminApiRoutes(router);
  RegisterPageRoutes(router);
  RegisterServiceRoutes(router);  // /readyz, /metrics (docs/operations.md)
  return router;
}

}  // namespace fremdrift
