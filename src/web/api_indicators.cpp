#include "web/api_indicators.h"

#include <functional>
#include <sstream>

#include "app/data_version.h"
#include "app/import_jobs.h"
#include "app/indicator_reads.h"
#include "app/indicator_series.h"
#include "app/measurement_import.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "formats/indicator_json.h"
#include "render/url_for.h"
#include "web/api_downloads.h"
#include "web/error_response.h"
#include "web/indicator_json_text.h"
#include "web/server.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

// Bodies larger than this are imported as a background job.
constexpr size_t kSyncImportLimit = 1 << 20;

bool Flag(const RequestContext& ctx, const char* name) {
  auto v = ctx.Query(name);
  return v && (*v == "true" || *v == "1" || v->empty());
}

OJson IndicatorJson(SqlConnection& conn, const Indicator& ind) {
  return IndicatorApiJson(ind, IndicatorDimensions(conn, ind.id));
}

Response ListIndicators(RequestContext& ctx) {
  // Read before the indicators: an indicator's text is never kept under a
  // stamp newer than the row it was made from.
  const std::string stamp = std::to_string(DataBasisStamp(ctx.db()));
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  std::vector<Indicator> list = visibility.Indicators();
  std::vector<int64_t> ids;
  for (const auto& ind : list) ids.push_back(ind.id);
  // Every indicator's dimensions in one query, not one each.
  auto dimensions = IndicatorDimensionsOf(ctx.db(), ids);
  static const std::vector<std::string> kNone;
  // The array as JsonText writes one: its members' texts between commas.
  std::string body = "[";
  for (const auto& ind : list) {
    auto dims = dimensions.find(ind.id);
    if (body.size() > 1) body += ',';
    body += KeptIndicatorJsonText(ctx, stamp, visibility.Seen(ind), dims == dimensions.end() ? kNone : dims->second);
  }
  body += ']';
  return Response::Json(std::move(body));
}

Response GetIndicator(RequestContext& ctx) {
  Indicator ind = VisibleIndicator(ctx, ctx.Param("code"));
  return JsonResponse(IndicatorJson(ctx.db(), ind));
}

// The same document as series.json, without the attachment header.
Response Series(RequestContext& ctx) { return ServeSeries(ctx, "series.json", false); }

MeasurementFormat IndicatorsFormatOf(RequestContext& ctx) {
  std::string type = ctx.request().Header("Content-Type");
  if (auto f = ctx.Query("format")) type = *f;
  if (type.find("csv") != std::string::npos) return MeasurementFormat::kCsv;
  if (type.find("json") != std::string::npos) return MeasurementFormat::kJson;
  throw Failure(FailureCode::kInvalid,
                "send Content-Type text/csv or application/json (or ?format=csv|json)", "format");
}

Response ImportMeasurementsRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (user.role != Role::kAdmin && user.role != Role::kEditor) {
    throw Failure(FailureCode::kForbidden, "importing measurements needs the editor or admin role");
  }
  MeasurementImportOptions options;
  options.dry_run = Flag(ctx, "dry_run");
  options.skip_invalid = Flag(ctx, "skip_invalid");
  options.actor = user.name;
  MeasurementFormat format = IndicatorsFormatOf(ctx);
  if (Flag(ctx, "async") || ctx.body().size() > kSyncImportLimit) {
    int64_t id = StartImportJob(ctx.pool(), ctx.body(), format, options);
    Response r = JsonResponse(*JobStatus(ctx.db(), id), kHttpAccepted);
    r.headers.emplace_back("Location", UrlFor(routes::kApiJob, id));
    return r;
  }
  std::istringstream in(ctx.body());
  ImportSummary summary = ImportMeasurements(ctx.db(), in, format, options);
  const int status = summary.status == ImportStatus::kError ? HttpStatus(FailureCode::kConflict) : kHttpOk;
  return JsonResponse(summary.ToJson(), status);
}

Response GetJob(RequestContext& ctx) {
  ctx.RequireUser();
  auto job = JobStatus(ctx.db(), ctx.IdParam("id"));
  if (!job) throw Failure(FailureCode::kNotFound, "no job " + ctx.Param("id"));
  return JsonResponse(*job);
}

}  // namespace

Indicator VisibleIndicator(RequestContext& ctx, const std::string& code) {
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  return visibility.Seen(visibility.FindIndicator(code));
}

void RegisterIndicatorRoutes(Router& r) {
  r.Add("GET", routes::kApiIndicators, ListIndicators);
  r.Add("GET", routes::kApiIndicator, GetIndicator);
  r.AddTriedInline(routes::kApiIndicatorSeries, Series);
  r.Add("POST", routes::kApiMeasurementsImport, ImportMeasurementsRoute);
  r.Add("GET", routes::kApiJob, GetJob);
}

}  // namespace fremdrift
