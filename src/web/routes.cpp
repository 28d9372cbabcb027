#include "web/api_cost_sharing.h"
#include "web/api_downloads.h"
#include "web/api_governance.h"
#include "web/api_indicators.h"
#include "web/api_periods.h"
#include "web/api_routes.h"
#include "web/page_routes.h"
#include "web/server.h"

namespace fremdrift {

Router BuildRouter() {
  Router router;
  RegisterApiRoutes(router);
  RegisterIndicatorRoutes(router);
  RegisterDownloadRoutes(router);
  RegisterPeriodRoutes(router);
  RegisterCostSharingRoutes(router);
  RegisterGovernanceRoutes(router);
  RegisterPageRoutes(router);
  return router;
}

}  // namespace fremdrift
