// The route table: every address of the web server, named once. Each
// constant holds a route's name, its path pattern and the methods it
// answers. The router registers its handlers against these constants
// (web/router.h, `router.Add("GET", routes::kReport, ReportPage)`), and
// links are built from them (`UrlFor(routes::kReport, period)`,
// render/url_for.h), so a path is written in this file only.
// tests/unit/route_table_test.cpp checks that every route here is
// registered once for each of its methods and that UrlFor's addresses
// reach their route; tests/api/openapi_test.cpp checks the API's routes
// against docs/openapi.json.
//
// A pattern is literal segments and {name} captures of one whole segment.
// The comment above each group names the handler file that answers it;
// the API comes first, then the pages.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace fremdrift::routes {

// The methods a route answers, as bits (HEAD is answered as GET).
enum Method : unsigned { kGet = 1, kPost = 2, kPut = 4, kDelete = 8, kPatch = 16 };

struct RouteSpec {
  std::string_view name;     // "report_compare", in messages and tests
  std::string_view pattern;  // "/rapport/{period}/sammenlign/{other}"
  unsigned methods;          // Method bits
};

// Whether `route` answers `method` ("GET", "POST", ...).
bool Allows(const RouteSpec& route, std::string_view method);

// The methods of `route` by name, in the order GET, POST, PUT, DELETE, PATCH.
std::vector<std::string_view> MethodNames(const RouteSpec& route);

// The names of the {captures} of `route`'s pattern, in order.
std::vector<std::string_view> CaptureNames(const RouteSpec& route);

// Every route of the table, in the order below.
std::span<const RouteSpec* const> AllRoutes();

// web/api_routes.cpp
inline constexpr RouteSpec kHealthz{"healthz", "/healthz", kGet};
inline constexpr RouteSpec kApiOpenApiJson{"api_open_api_json", "/api/v1/openapi.json", kGet};
inline constexpr RouteSpec kApiStrategies{"api_strategies", "/api/v1/strategies", kGet};
inline constexpr RouteSpec kApiStrategy{"api_strategy", "/api/v1/strategies/{id}", kGet};
inline constexpr RouteSpec kApiStrategyTree{"api_strategy_tree", "/api/v1/strategies/{id}/tree", kGet};
inline constexpr RouteSpec kApiItems{"api_items", "/api/v1/items", kGet | kPost};
inline constexpr RouteSpec kApiItem{"api_item", "/api/v1/items/{id}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiUserGroups{"api_user_groups", "/api/v1/user-groups", kGet};
inline constexpr RouteSpec kApiPhaseScales{"api_phase_scales", "/api/v1/phase-scales", kGet};
inline constexpr RouteSpec kApiPhaseScale{"api_phase_scale", "/api/v1/phase-scales/{key}", kGet};
inline constexpr RouteSpec kApiStatusScales{"api_status_scales", "/api/v1/status-scales", kGet};
inline constexpr RouteSpec kApiStatusScale{"api_status_scale", "/api/v1/status-scales/{key}", kGet};
inline constexpr RouteSpec kApiAudit{"api_audit", "/api/v1/audit", kGet};

// web/service_routes.cpp
inline constexpr RouteSpec kReadyz{"readyz", "/readyz", kGet};
inline constexpr RouteSpec kMetrics{"metrics", "/metrics", kGet};

// web/api_plan_dependencies.cpp
inline constexpr RouteSpec kApiItemDependencies{"api_item_dependencies", "/api/v1/items/{id}/dependencies", kGet | kPut};

// web/api_risks.cpp
inline constexpr RouteSpec kApiRisks{"api_risks", "/api/v1/risks", kGet | kPost};
inline constexpr RouteSpec kApiRisk{"api_risk", "/api/v1/risks/{key}", kGet};

// web/api_benefits.cpp
inline constexpr RouteSpec kApiBenefits{"api_benefits", "/api/v1/benefits", kGet | kPost};
inline constexpr RouteSpec kApiBenefit{"api_benefit", "/api/v1/benefits/{key}", kGet | kDelete};

// web/api_strategy_evaluations.cpp
inline constexpr RouteSpec kApiStrategyEvaluations{"api_strategy_evaluations", "/api/v1/strategies/{id}/evaluations", kGet | kPost};
inline constexpr RouteSpec kApiStrategyEvaluation{"api_strategy_evaluation", "/api/v1/strategies/{id}/evaluations/{key}", kGet | kPut | kDelete};

// web/api_indicators.cpp
inline constexpr RouteSpec kApiIndicatorSeries{"api_indicator_series", "/api/v1/indicators/{code}/series", kGet};
inline constexpr RouteSpec kApiMeasurementsImport{"api_measurements_import", "/api/v1/measurements:import", kPost};
inline constexpr RouteSpec kApiJob{"api_job", "/api/v1/jobs/{id}", kGet};

// web/api_indicator_edits.cpp
inline constexpr RouteSpec kApiIndicators{"api_indicators", "/api/v1/indicators", kGet | kPost};
inline constexpr RouteSpec kApiIndicator{"api_indicator", "/api/v1/indicators/{code}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiIndicatorTargets{"api_indicator_targets", "/api/v1/indicators/{code}/targets", kPost};
inline constexpr RouteSpec kApiIndicatorTarget{"api_indicator_target", "/api/v1/indicators/{code}/targets/{number}", kPut | kDelete};
inline constexpr RouteSpec kApiIndicatorMeasurements{"api_indicator_measurements", "/api/v1/indicators/{code}/measurements", kGet};
inline constexpr RouteSpec kApiMeasurements{"api_measurements", "/api/v1/measurements", kPost | kPut | kDelete};

// web/api_downloads.cpp
inline constexpr RouteSpec kApiIndicatorSeriesCsv{"api_indicator_series_csv", "/api/v1/indicators/{code}/series.csv", kGet};
inline constexpr RouteSpec kApiIndicatorSeriesXlsx{"api_indicator_series_xlsx", "/api/v1/indicators/{code}/series.xlsx", kGet};
inline constexpr RouteSpec kApiIndicatorSeriesJson{"api_indicator_series_json", "/api/v1/indicators/{code}/series.json", kGet};
inline constexpr RouteSpec kApiIndicatorSeriesSdmxCsv{"api_indicator_series_sdmx_csv", "/api/v1/indicators/{code}/series.sdmx.csv", kGet};

// web/api_periods.cpp
inline constexpr RouteSpec kApiPeriods{"api_periods", "/api/v1/periods", kGet | kPost};
inline constexpr RouteSpec kApiPeriod{"api_period", "/api/v1/periods/{code}", kGet};
inline constexpr RouteSpec kApiPeriodTransition{"api_period_transition", "/api/v1/periods/{code}/transition", kPost};
inline constexpr RouteSpec kApiPeriodRollup{"api_period_rollup", "/api/v1/periods/{code}/rollup", kGet};
inline constexpr RouteSpec kApiPeriodAssessmentsStrategy{"api_period_assessments_strategy", "/api/v1/periods/{code}/assessments/strategy", kGet | kPut};
inline constexpr RouteSpec kApiPeriodAssessmentsItem{"api_period_assessments_item", "/api/v1/periods/{code}/assessments/items/{key}", kGet | kPut};
inline constexpr RouteSpec kApiPeriodAssessmentsIndicator{"api_period_assessments_indicator", "/api/v1/periods/{code}/assessments/indicators/{indicator}", kGet | kPut};

// web/api_round.cpp
inline constexpr RouteSpec kApiTasks{"api_tasks", "/api/v1/tasks", kGet};
inline constexpr RouteSpec kApiPeriodCoverage{"api_period_coverage", "/api/v1/periods/{code}/coverage", kGet};
inline constexpr RouteSpec kApiPeriodRound{"api_period_round", "/api/v1/periods/{code}/round", kGet | kPut};
inline constexpr RouteSpec kApiPeriodReportsItem{"api_period_reports_item", "/api/v1/periods/{code}/reports/items/{key}", kPost};
inline constexpr RouteSpec kApiPeriodReportsIndicator{"api_period_reports_indicator", "/api/v1/periods/{code}/reports/indicators/{indicator}", kPost};

// web/api_cost_sharing.cpp
inline constexpr RouteSpec kApiCostSharing{"api_cost_sharing", "/api/v1/cost-sharing", kGet};
inline constexpr RouteSpec kApiCostSharingYear{"api_cost_sharing_year", "/api/v1/cost-sharing/{year}", kGet};
inline constexpr RouteSpec kApiCostSharingYearTableCsv{"api_cost_sharing_year_table_csv", "/api/v1/cost-sharing/years/{year}/table.csv", kGet};
inline constexpr RouteSpec kApiCostSharingYearTableXlsx{"api_cost_sharing_year_table_xlsx", "/api/v1/cost-sharing/years/{year}/table.xlsx", kGet};
inline constexpr RouteSpec kApiCostSharingGroups{"api_cost_sharing_groups", "/api/v1/cost-sharing/groups", kGet};
inline constexpr RouteSpec kApiCostSharingGroup{"api_cost_sharing_group", "/api/v1/cost-sharing/groups/{key}", kPut};
inline constexpr RouteSpec kApiCostSharingSolutions{"api_cost_sharing_solutions", "/api/v1/cost-sharing/solutions", kGet};
inline constexpr RouteSpec kApiCostSharingSolution{"api_cost_sharing_solution", "/api/v1/cost-sharing/solutions/{key}", kGet | kPut};
inline constexpr RouteSpec kApiCostSharingSolutionYear{"api_cost_sharing_solution_year", "/api/v1/cost-sharing/solutions/{key}/years/{year}", kGet | kPut | kDelete};

// web/api_governance.cpp
inline constexpr RouteSpec kApiBodies{"api_bodies", "/api/v1/bodies", kGet | kPost};
inline constexpr RouteSpec kApiBody{"api_body", "/api/v1/bodies/{key}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiMeetings{"api_meetings", "/api/v1/meetings", kGet | kPost};
inline constexpr RouteSpec kApiMeeting{"api_meeting", "/api/v1/meetings/{id}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiCases{"api_cases", "/api/v1/cases", kGet | kPost};
inline constexpr RouteSpec kApiCase{"api_case", "/api/v1/cases/{id}", kGet | kPut | kDelete};

// web/api_minutes.cpp
inline constexpr RouteSpec kApiMeetingMinutes{"api_meeting_minutes", "/api/v1/meetings/{id}/minutes", kGet | kPut};
inline constexpr RouteSpec kApiMeetingMinutesState{"api_meeting_minutes_state", "/api/v1/meetings/{id}/minutes/state", kPost};
inline constexpr RouteSpec kApiActions{"api_actions", "/api/v1/actions", kGet};
inline constexpr RouteSpec kApiAction{"api_action", "/api/v1/actions/{id}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiActionState{"api_action_state", "/api/v1/actions/{id}/state", kPost};
inline constexpr RouteSpec kApiCaseActions{"api_case_actions", "/api/v1/cases/{id}/actions", kPost};
inline constexpr RouteSpec kApiBodyPending{"api_body_pending", "/api/v1/bodies/{key}/pending", kGet};

// web/api_portfolio.cpp
inline constexpr RouteSpec kApiPortfolio{"api_portfolio", "/api/v1/portfolio", kGet};
inline constexpr RouteSpec kApiPortfolioItems{"api_portfolio_items", "/api/v1/portfolio-items", kGet | kPost};
inline constexpr RouteSpec kApiPortfolioItem{"api_portfolio_item", "/api/v1/portfolio-items/{key}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiPortfolioItemAssessments{"api_portfolio_item_assessments", "/api/v1/portfolio-items/{key}/assessments", kGet};
inline constexpr RouteSpec kApiPortfolioItemAssessment{"api_portfolio_item_assessment", "/api/v1/portfolio-items/{key}/assessments/{period}", kPut};

// web/api_health_apps.cpp
inline constexpr RouteSpec kApiAppCatalogues{"api_app_catalogues", "/api/v1/app-catalogues", kGet | kPost};
inline constexpr RouteSpec kApiAppCatalogue{"api_app_catalogue", "/api/v1/app-catalogues/{key}", kGet};
inline constexpr RouteSpec kApiAppCatalogueEdition{"api_app_catalogue_edition", "/api/v1/app-catalogues/{key}/{number}", kGet};
inline constexpr RouteSpec kApiAppEvaluators{"api_app_evaluators", "/api/v1/app-evaluators", kGet | kPost};
inline constexpr RouteSpec kApiHealthApps{"api_health_apps", "/api/v1/health-apps", kGet | kPost};
inline constexpr RouteSpec kApiHealthApp{"api_health_app", "/api/v1/health-apps/{key}", kGet | kPatch};
inline constexpr RouteSpec kApiFhirDeviceDefinitions{"api_fhir_device_definitions", "/api/v1/fhir/DeviceDefinition", kGet};
inline constexpr RouteSpec kApiFhirDeviceDefinition{"api_fhir_device_definition", "/api/v1/fhir/DeviceDefinition/{key}", kGet};
inline constexpr RouteSpec kApiHealthAppReassessment{"api_health_app_reassessment", "/api/v1/health-apps/{key}/reassessment", kPost};
inline constexpr RouteSpec kApiHealthAppEvaluations{"api_health_app_evaluations", "/api/v1/health-apps/{key}/evaluations", kGet | kPost};
inline constexpr RouteSpec kApiHealthAppEvaluation{"api_health_app_evaluation", "/api/v1/health-apps/{key}/evaluations/{id}", kGet};
inline constexpr RouteSpec kApiHealthAppEvaluationAnswers{"api_health_app_evaluation_answers", "/api/v1/health-apps/{key}/evaluations/{id}/answers", kPut};
inline constexpr RouteSpec kApiHealthAppEvaluationSubmit{"api_health_app_evaluation_submit", "/api/v1/health-apps/{key}/evaluations/{id}/submit", kPost};
inline constexpr RouteSpec kApiHealthAppEvaluationAssign{"api_health_app_evaluation_assign", "/api/v1/health-apps/{key}/evaluations/{id}/assign", kPost};
inline constexpr RouteSpec kApiHealthAppEvaluationReviews{"api_health_app_evaluation_reviews", "/api/v1/health-apps/{key}/evaluations/{id}/reviews", kPut};
inline constexpr RouteSpec kApiHealthAppEvaluationRequestDocumentation{"api_health_app_evaluation_request_documentation", "/api/v1/health-apps/{key}/evaluations/{id}/request-documentation", kPost};
inline constexpr RouteSpec kApiHealthAppEvaluationDecision{"api_health_app_evaluation_decision", "/api/v1/health-apps/{key}/evaluations/{id}/decision", kPost};

// web/api_organisations.cpp
inline constexpr RouteSpec kApiOrganisation{"api_organisation", "/api/v1/organisations/{short_name}", kGet | kPut | kDelete};
inline constexpr RouteSpec kApiOrganisations{"api_organisations", "/api/v1/organisations", kGet | kPost};

// web/api_users.cpp
inline constexpr RouteSpec kApiUsers{"api_users", "/api/v1/users", kGet | kPost};
inline constexpr RouteSpec kApiUser{"api_user", "/api/v1/users/{name}", kGet | kPut | kDelete};

// web/api_sign_in_admin.cpp
inline constexpr RouteSpec kApiSignInPendingUsers{"api_sign_in_pending_users", "/api/v1/sign-in/pending-users", kGet};
inline constexpr RouteSpec kApiSignInPendingUserApprove{"api_sign_in_pending_user_approve", "/api/v1/sign-in/pending-users/{name}/approve", kPost};
inline constexpr RouteSpec kApiSignInOrganisations{"api_sign_in_organisations", "/api/v1/sign-in/organisations", kGet};
inline constexpr RouteSpec kApiSignInOrganisation{"api_sign_in_organisation", "/api/v1/sign-in/organisations/{short_name}", kGet | kPut};

// web/api_roadmap_versions.cpp
inline constexpr RouteSpec kApiRoadmapVersions{"api_roadmap_versions", "/api/v1/roadmap-versions", kGet | kPost};
inline constexpr RouteSpec kApiRoadmapVersionsCompare{"api_roadmap_versions_compare", "/api/v1/roadmap-versions/compare", kGet};
inline constexpr RouteSpec kApiRoadmapVersion{"api_roadmap_version", "/api/v1/roadmap-versions/{code}", kGet | kPut};

// web/page_home.cpp, web/page_strategy.cpp, web/page_item.cpp,
// web/page_roadmap.cpp and web/page_monitor.cpp (registered in web/page_routes.cpp)
inline constexpr RouteSpec kHome{"home", "/", kGet};
inline constexpr RouteSpec kStrategy{"strategy", "/strategi/{key}", kGet};
inline constexpr RouteSpec kItem{"item", "/strategi/{key}/{item}", kGet};
inline constexpr RouteSpec kItemById{"item_by_id", "/element/{id}", kGet};
inline constexpr RouteSpec kRoadmap{"roadmap", "/veikart", kGet};
inline constexpr RouteSpec kMonitor{"monitor", "/monitor", kGet};
inline constexpr RouteSpec kMonitorIndicator{"monitor_indicator", "/monitor/indikator/{code}", kGet};

// web/page_accessibility.cpp
inline constexpr RouteSpec kAccessibility{"accessibility", "/tilgjengelighet", kGet};

// web/page_admin.cpp
inline constexpr RouteSpec kAdmin{"admin", "/admin", kGet};

// web/page_admin_organisations.cpp
inline constexpr RouteSpec kAdminOrganisations{"admin_organisations", "/admin/organisasjoner", kGet | kPost};
inline constexpr RouteSpec kAdminOrganisationEdit{"admin_organisation_edit", "/admin/organisasjoner/{short}/rediger", kGet | kPost};
inline constexpr RouteSpec kAdminOrganisationDelete{"admin_organisation_delete", "/admin/organisasjoner/{short}/slett", kPost};

// web/page_admin_sign_in.cpp
inline constexpr RouteSpec kAdminSignIn{"admin_sign_in", "/admin/innlogging", kGet};
inline constexpr RouteSpec kAdminSignInUserApprove{"admin_sign_in_user_approve", "/admin/innlogging/brukere/{name}/godkjenn", kPost};
inline constexpr RouteSpec kAdminSignInOrganisation{"admin_sign_in_organisation", "/admin/innlogging/organisasjoner/{short}", kGet | kPost};

// web/page_admin_users.cpp
inline constexpr RouteSpec kAdminUsers{"admin_users", "/admin/brukere", kGet | kPost};
inline constexpr RouteSpec kAdminUserEdit{"admin_user_edit", "/admin/brukere/{name}/rediger", kGet | kPost};
inline constexpr RouteSpec kAdminUserDelete{"admin_user_delete", "/admin/brukere/{name}/slett", kPost};

// web/page_benefits.cpp, web/page_benefit_edit.cpp
inline constexpr RouteSpec kBenefit{"benefit", "/gevinster/{key}", kGet};
inline constexpr RouteSpec kNewBenefit{"new_benefit", "/gevinster/ny", kGet | kPost};
inline constexpr RouteSpec kBenefitEdit{"benefit_edit", "/gevinster/{key}/rediger", kGet | kPost};
inline constexpr RouteSpec kBenefitDelete{"benefit_delete", "/gevinster/{key}/slett", kGet | kPost};

// web/page_strategy_evaluation_edit.cpp
inline constexpr RouteSpec kNewStrategyEvaluation{"new_strategy_evaluation", "/strategi/{key}/evalueringer/ny", kGet | kPost};
inline constexpr RouteSpec kStrategyEvaluationEdit{"strategy_evaluation_edit", "/strategi/{key}/evalueringer/{evaluation}/rediger", kGet | kPost};
inline constexpr RouteSpec kStrategyEvaluationDelete{"strategy_evaluation_delete", "/strategi/{key}/evalueringer/{evaluation}/slett", kGet | kPost};

// web/page_assessment_edit.cpp
inline constexpr RouteSpec kReportAssess{"report_assess", "/rapport/{period}/vurder/{subject}", kGet | kPost};

// web/page_cost_entry_edit.cpp
inline constexpr RouteSpec kCostGroupEdit{"cost_group_edit", "/kostnadsdeling/gruppe/{key}/rediger", kGet | kPost};
inline constexpr RouteSpec kNewCostGroup{"new_cost_group", "/kostnadsdeling/ny-gruppe", kGet | kPost};
inline constexpr RouteSpec kSolutionEdit{"solution_edit", "/kostnadsdeling/losning/{key}/rediger", kGet | kPost};
inline constexpr RouteSpec kNewSolution{"new_solution", "/kostnadsdeling/ny-losning", kGet | kPost};

// web/page_cost_objects.cpp
inline constexpr RouteSpec kSolution{"solution", "/kostnadsdeling/losning/{key}", kGet};
inline constexpr RouteSpec kSolutionYear{"solution_year", "/kostnadsdeling/losning/{key}/{year}", kGet};
inline constexpr RouteSpec kCostGroup{"cost_group", "/kostnadsdeling/gruppe/{key}", kGet};

// web/page_cost_year_edit.cpp
inline constexpr RouteSpec kNewSolutionYear{"new_solution_year", "/kostnadsdeling/losning/{key}/nytt-ar", kGet | kPost};
inline constexpr RouteSpec kSolutionYearEdit{"solution_year_edit", "/kostnadsdeling/losning/{key}/{year}/rediger", kGet | kPost};
inline constexpr RouteSpec kSolutionYearDelete{"solution_year_delete", "/kostnadsdeling/losning/{key}/{year}/slett", kGet | kPost};

// web/page_costs.cpp
inline constexpr RouteSpec kCosts{"costs", "/kostnadsdeling", kGet};
inline constexpr RouteSpec kCostYear{"cost_year", "/kostnadsdeling/{year}", kGet};

// web/page_coverage.cpp
inline constexpr RouteSpec kReportCoverage{"report_coverage", "/rapport/{period}/dekning", kGet | kPost};
inline constexpr RouteSpec kReportRound{"report_round", "/rapport/{period}/runde", kPost};

// web/page_dimension_labels.cpp
inline constexpr RouteSpec kIndicatorLabels{"indicator_labels", "/indikatorer/{code}/etiketter", kGet | kPost};

// web/page_follow_up.cpp
inline constexpr RouteSpec kCaseNewAction{"case_new_action", "/saker/{id}/ny-oppfolging", kGet | kPost};
inline constexpr RouteSpec kActionEdit{"action_edit", "/oppfolging/{id}/rediger", kGet | kPost};
inline constexpr RouteSpec kActionState{"action_state", "/oppfolging/{id}/tilstand", kGet | kPost};

// web/page_governance.cpp
inline constexpr RouteSpec kBodies{"bodies", "/utvalg", kGet};
inline constexpr RouteSpec kBody{"body", "/utvalg/{key}", kGet};
inline constexpr RouteSpec kMeeting{"meeting", "/moter/{id}", kGet};
inline constexpr RouteSpec kMeetingAgendaHtml{"meeting_agenda_html", "/moter/{id}/dagsorden.html", kGet};
inline constexpr RouteSpec kMeetingAgendaPdf{"meeting_agenda_pdf", "/moter/{id}/dagsorden.pdf", kGet};
inline constexpr RouteSpec kMeetingCalendarIcs{"meeting_calendar_ics", "/moter/{id}/kalender.ics", kGet};
inline constexpr RouteSpec kCase{"case", "/saker/{id}", kGet};
inline constexpr RouteSpec kDecisions{"decisions", "/vedtak", kGet};
inline constexpr RouteSpec kDecisionsCsv{"decisions_csv", "/vedtak.csv", kGet};

// web/page_governance_edit.cpp
inline constexpr RouteSpec kBodyEdit{"body_edit", "/utvalg/{key}/rediger", kGet | kPost};
inline constexpr RouteSpec kBodyNewMeeting{"body_new_meeting", "/utvalg/{key}/nytt-mote", kGet | kPost};
inline constexpr RouteSpec kMeetingEdit{"meeting_edit", "/moter/{id}/rediger", kGet | kPost};
inline constexpr RouteSpec kMeetingNewCase{"meeting_new_case", "/moter/{id}/ny-sak", kGet | kPost};
inline constexpr RouteSpec kEditCase{"case_edit", "/saker/{id}/rediger", kGet | kPost};
inline constexpr RouteSpec kCaseDelete{"case_delete", "/saker/{id}/slett", kPost};

// web/page_health_app_work.cpp
inline constexpr RouteSpec kHealthAppWork{"health_app_work", "/helseapper/arbeid", kGet};
inline constexpr RouteSpec kHealthAppWorkNewApp{"health_app_work_new_app", "/helseapper/arbeid/ny-app", kGet | kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluators{"health_app_work_evaluators", "/helseapper/arbeid/evaluatorer", kPost};
inline constexpr RouteSpec kHealthAppWorkStartEvaluation{"health_app_work_start_evaluation", "/helseapper/arbeid/app/{key}/evaluering", kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluation{"health_app_work_evaluation", "/helseapper/arbeid/evaluering/{id}", kGet};
inline constexpr RouteSpec kHealthAppWorkEvaluationPage{"health_app_work_evaluation_page", "/helseapper/arbeid/evaluering/{id}/side/{page}", kGet | kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluationSubmit{"health_app_work_evaluation_submit", "/helseapper/arbeid/evaluering/{id}/send", kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluationWithdraw{"health_app_work_evaluation_withdraw", "/helseapper/arbeid/evaluering/{id}/trekk", kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluationReview{"health_app_work_evaluation_review", "/helseapper/arbeid/evaluering/{id}/vurdering", kGet | kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluationRequestDocumentation{"health_app_work_evaluation_request_documentation", "/helseapper/arbeid/evaluering/{id}/be-om-dokumentasjon", kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluationAssign{"health_app_work_evaluation_assign", "/helseapper/arbeid/evaluering/{id}/tildel", kPost};
inline constexpr RouteSpec kHealthAppWorkEvaluationDecide{"health_app_work_evaluation_decide", "/helseapper/arbeid/evaluering/{id}/avgjor", kPost};

// web/page_health_apps.cpp
inline constexpr RouteSpec kHealthApps{"health_apps", "/helseapper", kGet};
inline constexpr RouteSpec kHealthAppsCsv{"health_apps_csv", "/helseapper.csv", kGet};
inline constexpr RouteSpec kHealthAppsJson{"health_apps_json", "/helseapper.json", kGet};
inline constexpr RouteSpec kHealthApp{"health_app", "/helseapper/{key}", kGet};

// web/page_indicator_edit.cpp
inline constexpr RouteSpec kIndicatorEdit{"indicator_edit", "/indikatorer/{code}/rediger", kGet | kPost};
inline constexpr RouteSpec kIndicatorTargets{"indicator_targets", "/indikatorer/{code}/maal", kPost};
inline constexpr RouteSpec kIndicatorTarget{"indicator_target", "/indikatorer/{code}/maal/{number}", kPost};
inline constexpr RouteSpec kIndicatorTargetDelete{"indicator_target_delete", "/indikatorer/{code}/maal/{number}/slett", kPost};
inline constexpr RouteSpec kIndicatorDelete{"indicator_delete", "/indikatorer/{code}/slett", kPost};

// web/page_indicator_list.cpp
inline constexpr RouteSpec kIndicators{"indicators", "/indikatorer", kGet | kPost};

// web/page_item_dependencies.cpp
inline constexpr RouteSpec kItemDependencies{"item_dependencies", "/element/{id}/avhengigheter", kGet | kPost};

// web/page_item_edit.cpp
inline constexpr RouteSpec kItemEdit{"item_edit", "/element/{id}/rediger", kGet | kPost};
inline constexpr RouteSpec kNewChildItem{"new_child_item", "/element/{id}/nytt", kGet | kPost};
inline constexpr RouteSpec kItemDelete{"item_delete", "/element/{id}/slett", kGet | kPost};

// web/page_measurement_upload.cpp
inline constexpr RouteSpec kMeasurementUpload{"measurement_upload", "/indikatorer/last-opp", kGet | kPost};

// web/page_measurements.cpp
inline constexpr RouteSpec kIndicatorMeasurements{"indicator_measurements", "/indikatorer/{code}/maalinger", kGet | kPost};
inline constexpr RouteSpec kIndicatorMeasurementsChange{"indicator_measurements_change", "/indikatorer/{code}/maalinger/endre", kPost};
inline constexpr RouteSpec kIndicatorMeasurementsDelete{"indicator_measurements_delete", "/indikatorer/{code}/maalinger/slett", kPost};

// web/page_minutes.cpp
inline constexpr RouteSpec kMeetingMinutes{"meeting_minutes", "/moter/{id}/referat", kGet};
inline constexpr RouteSpec kMeetingMinutesHtml{"meeting_minutes_html", "/moter/{id}/referat.html", kGet};
inline constexpr RouteSpec kMeetingMinutesPdf{"meeting_minutes_pdf", "/moter/{id}/referat.pdf", kGet};
inline constexpr RouteSpec kMeetingArchiveXml{"meeting_archive_xml", "/moter/{id}/arkiv.xml", kGet};
inline constexpr RouteSpec kMeetingMinutesEdit{"meeting_minutes_edit", "/moter/{id}/referat/rediger", kGet | kPost};
inline constexpr RouteSpec kMeetingMinutesState{"meeting_minutes_state", "/moter/{id}/referat/tilstand", kGet | kPost};

// web/page_my_settings.cpp
inline constexpr RouteSpec kMySettings{"my_settings", "/min-side", kGet | kPost};

// web/page_narrative.cpp
inline constexpr RouteSpec kReportNarrative{"report_narrative", "/rapport/{period}/fortelling/{subject}", kGet | kPost};
inline constexpr RouteSpec kReportNarrativeOwner{"report_narrative_owner", "/rapport/{period}/fortelling/{subject}/eier", kPost};

// web/page_oidc.cpp
inline constexpr RouteSpec kOidcSignIn{"oidc_sign_in", "/logg-inn/oidc", kGet};
inline constexpr RouteSpec kOidcAnswer{"oidc_answer", "/logg-inn/oidc/svar", kGet};
inline constexpr RouteSpec kOidcProviderSignIn{"oidc_provider_sign_in", "/logg-inn/oidc/{provider}", kGet};
inline constexpr RouteSpec kOidcProviderAnswer{"oidc_provider_answer", "/logg-inn/oidc/{provider}/svar", kGet};

// web/page_period_state.cpp
inline constexpr RouteSpec kNewPeriod{"new_period", "/rapport/ny-periode", kGet | kPost};
inline constexpr RouteSpec kPeriodState{"period_state", "/rapport/{period}/tilstand", kGet | kPost};

// web/page_portfolio.cpp
inline constexpr RouteSpec kPortfolio{"portfolio", "/portefolje", kGet};
inline constexpr RouteSpec kPortfolioItem{"portfolio_item", "/portefolje/{key}", kGet};
inline constexpr RouteSpec kRoadmapVersions{"roadmap_versions", "/veikart/versjoner", kGet};
inline constexpr RouteSpec kRoadmapVersion{"roadmap_version", "/veikart/versjoner/{code}", kGet};
inline constexpr RouteSpec kRoadmapCompare{"roadmap_compare", "/veikart/sammenlign", kGet};

// web/page_report.cpp
inline constexpr RouteSpec kReports{"reports", "/rapport", kGet};
inline constexpr RouteSpec kReport{"report", "/rapport/{period}", kGet};
inline constexpr RouteSpec kReportCompare{"report_compare", "/rapport/{period}/sammenlign/{other}", kGet};
inline constexpr RouteSpec kReportGoal{"report_goal", "/rapport/{period}/mal/{goal}", kGet};

// web/page_risk_edit.cpp
inline constexpr RouteSpec kNewRisk{"new_risk", "/risikoer/ny", kGet | kPost};
inline constexpr RouteSpec kRiskEdit{"risk_edit", "/risikoer/{key}/rediger", kGet | kPost};

// web/page_risks.cpp
inline constexpr RouteSpec kRisks{"risks", "/risikoer", kGet};
inline constexpr RouteSpec kRisk{"risk", "/risikoer/{key}", kGet};

// web/page_sign_in.cpp
inline constexpr RouteSpec kSignIn{"sign_in", "/logg-inn", kGet | kPost};
inline constexpr RouteSpec kSignOut{"sign_out", "/logg-ut", kPost};

// web/page_sources.cpp
inline constexpr RouteSpec kSources{"sources", "/kilder", kGet};

// web/page_tasks.cpp
inline constexpr RouteSpec kTasks{"tasks", "/oppgaver", kGet};

// web/page_vendor_sign_up.cpp
inline constexpr RouteSpec kHealthAppWorkInvitation{"health_app_work_invitation", "/helseapper/arbeid/invitasjon", kPost};
inline constexpr RouteSpec kVendorSignUp{"vendor_sign_up", "/helseapper/registrer/{token}", kGet | kPost};

// web/static_files.cpp
inline constexpr RouteSpec kStatic1{"static1", "/static/{a}", kGet};
inline constexpr RouteSpec kStatic2{"static2", "/static/{a}/{b}", kGet};
inline constexpr RouteSpec kStatic3{"static3", "/static/{a}/{b}/{c}", kGet};
inline constexpr RouteSpec kStatic4{"static4", "/static/{a}/{b}/{c}/{d}", kGet};
inline constexpr RouteSpec kStatic5{"static5", "/static/{a}/{b}/{c}/{d}/{e}", kGet};

}  // namespace fremdrift::routes
