#include "web/api_health_apps.h"

#include "app/app_catalogues.h"
#include "app/health_app_queries.h"
#include "app/health_app_service.h"
#include "domain/failure.h"
#include "formats/health_app_fhir.h"
#include "formats/health_app_json.h"
#include "formats/health_app_register_files.h"
#include "render/url_for.h"
#include "storage/system_clock.h"
#include "web/request_body.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

std::string HealthAppsToday() { return SystemClock().TodayUtc().ToIso(); }

Response JsonAnswer(const OJson& j, int status = kHttpOk) { return JsonResponse(j, status); }

OJson CatalogueSummary(const AppCatalogue& c) {
  return {{"key", c.key},
          {"number", c.number},
          {"label", CatalogueLabel(c)},
          {"status", c.status == CatalogueStatus::kPublished ? "published" : "draft"},
          {"published_on", c.published_on},
          {"title", LocalTextToJson(c.title)},
          {"requirements", c.requirements.size()}};
}

OJson EvaluationJson(const EvaluationCase& c) {
  const Evaluation& e = c.evaluation;
  return {{"id", e.id},
          {"app", c.app.key},
          {"app_version", e.app_version},
          {"catalogue", CatalogueLabel(c.catalogue)},
          {"state", StateKey(e.state)},
          {"decision", e.decision == Decision::kNone ? OJson(nullptr) : OJson(DecisionKey(e.decision))},
          {"decision_reason", e.decision_reason},
          {"evaluator", e.evaluator.empty() ? OJson(nullptr) : OJson(e.evaluator)},
          {"submitted_on", e.submitted_on},
          {"decided_on", e.decided_on},
          {"answers", AnswersToJson(e.answers)},
          {"reviews", ReviewsToJson(e.reviews)},
          {"version", e.version}};
}

// Evaluation {id} of app {key} as the signed-in user may read it.
EvaluationCase FindEvaluation(RequestContext& ctx) {
  EvaluationCase c = LoadEvaluationCase(ctx.db(), ctx.RequireUser(), ctx.IdParam("id"));
  if (c.app.key != ctx.Param("key")) throw Failure(FailureCode::kNotFound, "no such evaluation of this app");
  return c;
}

Response HealthAppsEvaluationResponse(RequestContext& ctx, int64_t id, int status = kHttpOk) {
  return JsonAnswer(EvaluationJson(LoadEvaluationCase(ctx.db(), ctx.RequireUser(), id)), status);
}

Response ListCataloguesRoute(RequestContext& ctx) {
  OJson out = OJson::array();
  for (const auto& c : ListCatalogues(ctx.db())) out.push_back(CatalogueSummary(c));
  return JsonAnswer(out);
}

Response GetCatalogue(RequestContext& ctx) {
  int number = 0;
  if (ctx.params.count("number")) number = static_cast<int>(ctx.IdParam("number"));
  AppCatalogue c = LoadCatalogue(ctx.db(), ctx.Param("key"), number);
  return JsonAnswer(CatalogueToJson(c));
}

Response PublishCatalogueRoute(RequestContext& ctx) {
  AppCatalogue c = PublishCatalogue(ctx.db(), ctx.RequireUser(), JsonBody(ctx), HealthAppsToday());
  Response r = JsonAnswer(CatalogueToJson(c), kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiAppCatalogueEdition, c.key, c.number));
  return r;
}

Response ListRegister(RequestContext& ctx) {
  auto q = [&](const char* name) { return ctx.Query(name).value_or(""); };
  RegisterFilter f{q("q"), q("category_level"), q("label_area"), q("grade"), q("platform"), q("target_group")};
  OJson out = OJson::array();
  for (const auto& e : LoadRegister(ctx.db(), HealthAppsToday())) {
    if (MatchesRegisterFilter(e, f)) out.push_back(RegisterEntryToJson(e));
  }
  return JsonAnswer(out);
}

Response GetRegisterEntry(RequestContext& ctx) {
  return JsonAnswer(RegisterEntryToJson(LoadRegisterEntry(ctx.db(), ctx.Param("key"), HealthAppsToday())));
}

Response Fhir(const OJson& j) {
  Response r = JsonResponse(j);
  r.content_type = kFhirJsonType;
  return r;
}

// The register as a FHIR searchset Bundle of DeviceDefinition resources.
Response FhirRegister(RequestContext& ctx) {
  std::string host = ctx.request().Header("Host");
  std::string base = host.empty() ? "" : std::string(ctx.IsSecure() ? "https://" : "http://") + host;
  std::function<std::string(const std::string&)> full_url;
  if (!base.empty()) {
    full_url = [&base](const std::string& key) { return base + UrlFor(routes::kApiFhirDeviceDefinition, key); };
  }
  return Fhir(RegisterToFhirBundle(LoadRegister(ctx.db(), HealthAppsToday()), full_url));
}

Response FhirRegisterEntry(RequestContext& ctx) {
  return Fhir(RegisterEntryToFhir(LoadRegisterEntry(ctx.db(), ctx.Param("key"), HealthAppsToday())));
}

Response RegisterAppRoute(RequestContext& ctx) {
  HealthApp a = RegisterHealthApp(ctx.db(), ctx.RequireUser(), JsonBody(ctx));
  Response r = JsonAnswer(HealthAppToJson(a), kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiHealthApp, a.key));
  return r;
}

Response UpdateAppRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return JsonAnswer(HealthAppToJson(UpdateHealthApp(ctx.db(), user, ctx.Param("key"), JsonBody(ctx))));
}

Response ListEvaluations(RequestContext& ctx) {
  OJson out = OJson::array();
  for (const auto& c : ListEvaluationCases(ctx.db(), ctx.RequireUser())) {
    if (c.app.key == ctx.Param("key")) out.push_back(EvaluationJson(c));
  }
  return JsonAnswer(out);
}

Response StartEvaluationRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  nlohmann::json in = ctx.body().empty() ? nlohmann::json::object() : JsonBody(ctx);
  Evaluation e = StartEvaluation(ctx.db(), user, ctx.Param("key"), in);
  Response r = HealthAppsEvaluationResponse(ctx, e.id, kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiHealthAppEvaluation, ctx.Param("key"), e.id));
  return r;
}

Response GetEvaluation(RequestContext& ctx) { return JsonAnswer(EvaluationJson(FindEvaluation(ctx))); }

Response PutAnswers(RequestContext& ctx) {
  int64_t id = FindEvaluation(ctx).evaluation.id;
  SaveAnswers(ctx.db(), ctx.RequireUser(), id, JsonBody(ctx));
  return HealthAppsEvaluationResponse(ctx, id);
}

Response SubmitRoute(RequestContext& ctx) {
  int64_t id = FindEvaluation(ctx).evaluation.id;
  SubmitEvaluation(ctx.db(), ctx.RequireUser(), id, HealthAppsToday());
  return HealthAppsEvaluationResponse(ctx, id);
}

Response AssignRoute(RequestContext& ctx) {
  nlohmann::json in = JsonBody(ctx);
  int64_t id = FindEvaluation(ctx).evaluation.id;
  AssignEvaluator(ctx.db(), ctx.RequireUser(), id, in.is_object() ? in.value("evaluator", "") : "");
  return HealthAppsEvaluationResponse(ctx, id);
}

Response PutReviews(RequestContext& ctx) {
  int64_t id = FindEvaluation(ctx).evaluation.id;
  SaveReviews(ctx.db(), ctx.RequireUser(), id, JsonBody(ctx), HealthAppsToday());
  return HealthAppsEvaluationResponse(ctx, id);
}

Response RequestDocumentationRoute(RequestContext& ctx) {
  int64_t id = FindEvaluation(ctx).evaluation.id;
  RequestDocumentation(ctx.db(), ctx.RequireUser(), id);
  return HealthAppsEvaluationResponse(ctx, id);
}

Response DecisionRoute(RequestContext& ctx) {
  nlohmann::json in = JsonBody(ctx);
  int64_t id = FindEvaluation(ctx).evaluation.id;
  std::string decision = in.is_object() && in.contains("decision") && in["decision"].is_string() ? in["decision"].get<std::string>() : "";
  std::string reason = in.is_object() && in.contains("reason") && in["reason"].is_string() ? in["reason"].get<std::string>() : "";
  DecideEvaluation(ctx.db(), ctx.RequireUser(), id, decision, reason, HealthAppsToday());
  return HealthAppsEvaluationResponse(ctx, id);
}

Response ReassessmentRoute(RequestContext& ctx) {
  nlohmann::json in = JsonBody(ctx);
  std::string reason = in.is_object() && in.contains("reason") && in["reason"].is_string() ? in["reason"].get<std::string>() : "";
  StateReassessment(ctx.db(), ctx.RequireUser(), ctx.Param("key"), reason);
  return Response::NoContent();
}

Response ListEvaluators(RequestContext& ctx) {
  if (ctx.RequireUser().role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may list evaluators");
  OJson out = OJson::array();
  for (const auto& name : ListApprovedEvaluators(ctx.db())) out.push_back({{"name", name}});
  return JsonAnswer(out);
}

Response ApproveEvaluatorRoute(RequestContext& ctx) {
  nlohmann::json in = JsonBody(ctx);
  std::string name = in.is_object() && in.contains("name") && in["name"].is_string() ? in["name"].get<std::string>() : "";
  ApproveEvaluator(ctx.db(), ctx.RequireUser(), name, HealthAppsToday());
  return JsonAnswer({{"name", name}}, kHttpCreated);
}

}  // namespace

void RegisterHealthAppApiRoutes(Router& r) {
  r.Add("GET", routes::kApiAppCatalogues, ListCataloguesRoute);
  r.Add("POST", routes::kApiAppCatalogues, PublishCatalogueRoute);
  r.Add("GET", routes::kApiAppCatalogue, GetCatalogue);
  r.Add("GET", routes::kApiAppCatalogueEdition, GetCatalogue);
  r.Add("GET", routes::kApiAppEvaluators, ListEvaluators);
  r.Add("POST", routes::kApiAppEvaluators, ApproveEvaluatorRoute);
  r.Add("GET", routes::kApiHealthApps, ListRegister);
  r.Add("POST", routes::kApiHealthApps, RegisterAppRoute);
  r.Add("GET", routes::kApiHealthApp, GetRegisterEntry);
  r.Add("GET", routes::kApiFhirDeviceDefinitions, FhirRegister);
  r.Add("GET", routes::kApiFhirDeviceDefinition, FhirRegisterEntry);
  r.Add("PATCH", routes::kApiHealthApp, UpdateAppRoute);
  r.Add("POST", routes::kApiHealthAppReassessment, ReassessmentRoute);
  r.Add("GET", routes::kApiHealthAppEvaluations, ListEvaluations);
  r.Add("POST", routes::kApiHealthAppEvaluations, StartEvaluationRoute);
  r.Add("GET", routes::kApiHealthAppEvaluation, GetEvaluation);
  r.Add("PUT", routes::kApiHealthAppEvaluationAnswers, PutAnswers);
  r.Add("POST", routes::kApiHealthAppEvaluationSubmit, SubmitRoute);
  r.Add("POST", routes::kApiHealthAppEvaluationAssign, AssignRoute);
  r.Add("PUT", routes::kApiHealthAppEvaluationReviews, PutReviews);
  r.Add("POST", routes::kApiHealthAppEvaluationRequestDocumentation, RequestDocumentationRoute);
  r.Add("POST", routes::kApiHealthAppEvaluationDecision, DecisionRoute);
}

}  // namespace fremdrift
