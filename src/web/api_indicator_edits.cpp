#include "web/api_indicator_edits.h"

#include "app/indicator_reads.h"
#include "app/indicator_service.h"
#include "app/measurement_service.h"
#include "domain/failure.h"
#include "formats/indicator_json.h"
#include "formats/measurement_json.h"
#include "render/url_for.h"
#include "web/api_indicators.h"
#include "web/request_body.h"
#include "web/server.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

Response IndicatorResponse(RequestContext& ctx, const Indicator& ind, int status) {
  Response r = JsonResponse(
      IndicatorApiJson(ind, IndicatorDimensions(ctx.db(), ind.id)), status);
  r.headers.emplace_back("ETag", "\"" + std::to_string(ind.version) + "\"");
  return r;
}

int TargetNumber(const RequestContext& ctx) {
  const std::string& text = ctx.Param("number");
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) {
    throw Failure(FailureCode::kNotFound, "no target " + text, "number");
  }
  return std::stoi(text);
}

int64_t RequiredVersion(RequestContext& ctx) {
  auto v = ExpectedVersion(ctx);
  if (!v) {
    throw Failure(FailureCode::kInvalid, "version is required: send ?version=N or If-Match", "version");
  }
  return *v;
}

Response CreateIndicatorRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Indicator ind = CreateIndicator(ctx.db(), user, JsonBody(ctx));
  Response r = IndicatorResponse(ctx, ind, kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiIndicator, ind.code));
  return r;
}

Response UpdateIndicatorRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return IndicatorResponse(ctx, UpdateIndicator(ctx.db(), user, ctx.Param("code"), JsonBody(ctx)), kHttpOk);
}

Response DeleteIndicatorRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteIndicator(ctx.db(), user, ctx.Param("code"), ExpectedVersion(ctx));
  return Response::NoContent();
}

Response AddTargetRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return IndicatorResponse(ctx, AddTarget(ctx.db(), user, ctx.Param("code"), JsonBody(ctx)), kHttpCreated);
}

Response UpdateTargetRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return IndicatorResponse(
      ctx, UpdateTarget(ctx.db(), user, ctx.Param("code"), TargetNumber(ctx), JsonBody(ctx)), kHttpOk);
}

Response RemoveTargetRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  int number = TargetNumber(ctx);
  return IndicatorResponse(
      ctx, RemoveTarget(ctx.db(), user, ctx.Param("code"), number, RequiredVersion(ctx)), kHttpOk);
}

Response ListMeasurementsRoute(RequestContext& ctx) {
  Indicator ind = VisibleIndicator(ctx, ctx.Param("code"));
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& v : ListMeasurements(ctx.db(), ind)) {
    out.push_back(MeasurementApiJson(v.measurement, v.version));
  }
  return JsonResponse(out);
}

Response MeasurementResponse(const VersionedValue& v, int status) {
  Response r = JsonResponse(MeasurementApiJson(v.measurement, v.version), status);
  r.headers.emplace_back("ETag", "\"" + std::to_string(v.version) + "\"");
  return r;
}

Response AddMeasurementRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return MeasurementResponse(AddMeasurement(ctx.db(), user, JsonBody(ctx)), kHttpCreated);
}

Response UpdateMeasurementRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  return MeasurementResponse(UpdateMeasurement(ctx.db(), user, JsonBody(ctx)), kHttpOk);
}

// DELETE /api/v1/measurements?indicator=&period=&dimension=name=value...&version=
Response DeleteMeasurementRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  MeasurementKey key;
  std::vector<FieldProblem> problems;
  key.indicator = ctx.Query("indicator").value_or("");
  key.period = ctx.Query("period").value_or("");
  if (key.indicator.empty()) problems.push_back({"indicator", "is required"});
  if (key.period.empty()) problems.push_back({"period", "is required"});
  for (const auto& [name, value] : ctx.QueryParams()) {
    if (name != "dimension") continue;
    size_t eq = value.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == value.size()) {
      problems.push_back({"dimension", "'" + value + "' is not name=value"});
    } else {
      key.dimensions[value.substr(0, eq)] = value.substr(eq + 1);
    }
  }
  std::optional<int64_t> version;
  try {
    version = ExpectedVersion(ctx);
    if (!version) problems.push_back({"version", "is required: send ?version=N or If-Match"});
  } catch (const Failure& f) {
    problems.push_back({"version", f.what()});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  DeleteMeasurement(ctx.db(), user, key, *version);
  return Response::NoContent();
}

}  // namespace

void RegisterIndicatorEditRoutes(Router& r) {
  r.Add("POST", routes::kApiIndicators, CreateIndicatorRoute);
  r.Add("PUT", routes::kApiIndicator, UpdateIndicatorRoute);
  r.Add("DELETE", routes::kApiIndicator, DeleteIndicatorRoute);
  r.Add("POST", routes::kApiIndicatorTargets, AddTargetRoute);
  r.Add("PUT", routes::kApiIndicatorTarget, UpdateTargetRoute);
  r.Add("DELETE", routes::kApiIndicatorTarget, RemoveTargetRoute);
  r.Add("GET", routes::kApiIndicatorMeasurements, ListMeasurementsRoute);
  r.Add("POST", routes::kApiMeasurements, AddMeasurementRoute);
  r.Add("PUT", routes::kApiMeasurements, UpdateMeasurementRoute);
  r.Add("DELETE", routes::kApiMeasurements, DeleteMeasurementRoute);
}

}  // namespace fremdrift
