#include "web/page_routes.h"

#include "web/page_costs.h"
#include "web/page_governance.h"
#include "web/page_admin.h"
#include "web/page_governance_edit.h"
#include "web/page_minutes.h"
#include "web/page_follow_up.h"
#include "web/page_health_apps.h"
#include "web/page_health_app_work.h"
#include "web/page_vendor_sign_up.h"
#include "web/page_home.h"
#include "web/page_indicators.h"
#include "web/page_item.h"
#include "web/page_accessibility.h"
#include "web/page_assessment_edit.h"
#include "web/page_item_edit.h"
#include "web/page_item_dependencies.h"
#include "web/page_benefit_edit.h"
#include "web/page_benefits.h"
#include "web/page_risk_edit.h"
#include "web/page_risks.h"
#include "web/page_my_settings.h"
#include "web/page_monitor.h"
#include "web/page_portfolio.h"
#include "web/page_period_state.h"
#include "web/page_report.h"
#include "web/page_tasks.h"
#include "web/page_coverage.h"
#include "web/page_narrative.h"
#include "web/page_roadmap.h"
#include "web/page_sign_in.h"
#include "web/page_sources.h"
#include "web/page_strategy.h"
#include "web/page_strategy_evaluation_edit.h"
#include "web/static_files.h"

namespace fremdrift {

// The routes are named in render/route_table.h, where links are built from too.
void RegisterPageRoutes(Router& router) {
  router.Add("GET", routes::kHome, HomePage);
  router.Add("GET", routes::kStrategy, StrategyPage);
  router.Add("GET", routes::kItem, ItemPage);
  router.Add("GET", routes::kItemById, ItemByIdRedirect);
  router.Add("GET", routes::kRoadmap, RoadmapPage);
  router.Add("GET", routes::kMonitor, MonitorPage);
  router.Add("GET", routes::kMonitorIndicator, MonitorIndicatorPage);
  RegisterSignInRoutes(router);
  RegisterAccessibilityRoutes(router);
  RegisterSourcesRoutes(router);  // /kilder (web/page_sources.h)
  RegisterItemEditRoutes(router);
  RegisterItemDependencyRoutes(router);  // /element/{id}/avhengigheter (web/page_item_dependencies.h)
  RegisterRiskPageRoutes(router);  // /risikoer... (web/page_risks.h; strategy model)
  RegisterRiskEditRoutes(router);  // /risikoer/ny, /risikoer/{key}/rediger (web/page_risk_edit.h)
  RegisterBenefitPageRoutes(router);  // /gevinster/{key} (web/page_benefits.h; strategy model)
  RegisterBenefitEditRoutes(router);  // /gevinster/ny, .../rediger, .../slett (web/page_benefit_edit.h)
  RegisterStrategyEvaluationEditRoutes(router);  // /strategi/{key}/evalueringer/... (web/page_strategy_evaluation_edit.h)
  RegisterAssessmentEditRoutes(router);
  RegisterGovernancePages(router);  // /utvalg, /moter, /saker, /vedtak (web/page_governance.h)
  RegisterPortfolioPageRoutes(router);  // /portefolje..., /veikart/versjoner... (web/page_portfolio.h)
  RegisterIndicatorPageRoutes(router);  // /indikatorer... (web/page_indicators.h)
  RegisterGovernanceEditRoutes(router);  // forms of bodies, meetings and cases (web/page_governance_edit.h)
  RegisterMinutesPages(router);  // /moter/{id}/referat... (web/page_minutes.h)
  RegisterFollowUpPages(router);  // /saker/{id}/ny-oppfolging, /oppfolging/{id}/... (web/page_follow_up.h)
  RegisterReportRoutes(router);  // /rapport... (web/page_report.h)
  RegisterPeriodStateRoutes(router);  // /rapport/{period}/tilstand, /rapport/ny-periode
  RegisterTaskPageRoutes(router);  // /oppgaver (web/page_tasks.h)
  RegisterCoveragePageRoutes(router);
  RegisterNarrativePageRoutes(router);  // /rapport/{period}/fortelling/... (web/page_narrative.h)  // /rapport/{period}/dekning, /runde (web/page_coverage.h)
  RegisterCostSharingPageRoutes(router);  // /kostnadsdeling... (web/page_costs.h)
  RegisterAdminPageRoutes(router);  // /admin... (web/page_admin.h)
  RegisterMySettingsRoutes(router);  // /min-side (web/page_my_settings.h)
  RegisterHealthAppPages(router);  // /helseapper... (web/page_health_apps.h)
  RegisterHealthAppWorkPages(router);  // /helseapper/arbeid... (web/page_health_app_work.h)
  RegisterVendorSignUpPages(router);  // /helseapper/registrer/{secret} (web/page_vendor_sign_up.h)
  RegisterStaticRoutes(router);
}

}  // namespace fremdrift
