#include "web/api_indicators.h"

#include <functional>
#include <sstream>

#include "app/import_jobs.h"
#include "app/indicator_series.h"
#include "app/measurement_import.h"
#include "domain/failure.h"
#include "formats/indicator_json.h"
#include "storage/indicator_store.h"
#include "web/series_cache.h"
#include "web/server.h"

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
  OJson j{{"id", ind.id}};
  j.update(IndicatorToJson(ind));
  j["dimensions"] = IndicatorStore(conn).Dimensions(ind.id);
  j["version"] = ind.version;
  j["data_updated_at"] = ind.data_updated_at.empty() ? OJson(nullptr) : OJson(ind.data_updated_at);
  return j;
}

OJson AchievementJson(const Achievement& a) {
  auto opt = [](const std::optional<double>& v) { return v ? OJson(*v) : OJson(nullptr); };
  OJson dims = OJson::object();
  for (const auto& [k, v] : a.target.dimensions) dims[k] = v;
  return {{"status", std::string(AchievementStatusKey(a.status))},
          {"reason", std::string(AchievementReasonKey(a.reason))},
          {"explanation", a.Explanation()},
          {"target", {{"value", a.target.value}, {"by", a.target.by.ToIso()},
                      {"label", a.target.label}, {"dimensions", dims}}},
          {"actual", opt(a.actual)},
          {"actual_period", a.actual_period},
          {"expected", opt(a.expected)},
          {"start", opt(a.start)},
          {"start_period", a.start_period}};
}

SeriesQuery QueryFrom(const RequestContext& ctx) {
  SeriesQuery q;
  for (const char* name : {"from", "to"}) {
    if (auto v = ctx.Query(name); v && !v->empty()) {
      auto p = Period::Parse(*v);
      if (!p) throw Failure(FailureCode::kInvalid, std::string(name) + " must be a period such as 2022 or 2022-Q1", name);
      (std::string(name) == "from" ? q.from : q.to) = p;
    }
  }
  q.by = ctx.Query("by").value_or("");
  if (auto t = ctx.Query("period_type"); t && !t->empty()) {
    q.period_type = PeriodTypeFromKey(*t);
    if (!q.period_type) {
      throw Failure(FailureCode::kInvalid, "period_type must be year, tertial, quarter, month, week or date",
                    "period_type");
    }
  }
  return q;
}

std::string Etag(const std::string& body) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016zx\"", std::hash<std::string>{}(body));
  return buf;
}

Response Cached(RequestContext& ctx, const SeriesCache::Entry& e) {
  std::string match = ctx.request().get("If-None-Match", "");
  Response r = match == e.etag ? Response{304, e.content_type, "", {}}
                               : Response{200, e.content_type, e.body, {}};
  r.headers.emplace_back("ETag", e.etag);
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

Response ListIndicators(RequestContext& ctx) {
  OJson out = OJson::array();
  for (const auto& ind : IndicatorStore(ctx.db()).List(ctx.user().has_value())) {
    out.push_back(IndicatorJson(ctx.db(), ind));
  }
  return Response::Json(out.dump());
}

Response GetIndicator(RequestContext& ctx) {
  Indicator ind = VisibleIndicator(ctx, ctx.Param("code"));
  return Response::Json(IndicatorJson(ctx.db(), ind).dump());
}

Response Series(RequestContext& ctx) {
  Indicator ind = VisibleIndicator(ctx, ctx.Param("code"));
  SeriesQuery q = QueryFrom(ctx);
  // The database URL keeps servers over different databases in one
  // process (as in tests) apart.
  std::string key = ctx.pool().url() + "|series|" + ind.code + "|" + std::to_string(ind.version) + "|" +
                    ctx.request().getURI();
  if (auto hit = SeriesCache::Shared().Get(key)) return Cached(ctx, *hit);
  IndicatorSeries s = ReadSeries(ctx.db(), ind, q, ctx.config().achievement);
  OJson j;
  j["indicator"] = IndicatorJson(ctx.db(), ind);
  j["query"] = {{"from", q.from ? OJson(q.from->ToString()) : OJson(nullptr)},
                {"to", q.to ? OJson(q.to->ToString()) : OJson(nullptr)},
                {"by", q.by},
                {"period_type", q.period_type ? OJson(std::string(PeriodTypeKey(*q.period_type)))
                                              : OJson(nullptr)}};
  j["groups"] = s.groups;
  j["values"] = OJson::array();
  for (const auto& v : s.values) {
    j["values"].push_back({{"period", v.period}, {"group", v.group}, {"value", v.value},
                           {"n", v.n}, {"combined", v.combined}, {"provisional", v.provisional}});
  }
  j["baseline"] = j["indicator"]["baseline"];
  j["targets"] = j["indicator"]["targets"];
  j["achievement"] = OJson::array();
  for (const auto& a : s.achievements) j["achievement"].push_back(AchievementJson(a));
  SeriesCache::Entry e{j.dump(), "", "application/json; charset=utf-8"};
  e.etag = Etag(e.body);
  SeriesCache::Shared().Put(key, e);
  return Cached(ctx, e);
}

MeasurementFormat FormatOf(RequestContext& ctx) {
  std::string type = ctx.request().getContentType();
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
  MeasurementFormat format = FormatOf(ctx);
  if (Flag(ctx, "async") || ctx.body().size() > kSyncImportLimit) {
    int64_t id = StartImportJob(ctx.pool(), ctx.body(), format, options);
    Response r = Response::Json(JobStatus(ctx.db(), id)->dump(), 202);
    r.headers.emplace_back("Location", "/api/v1/jobs/" + std::to_string(id));
    return r;
  }
  std::istringstream in(ctx.body());
  ImportSummary summary = ImportMeasurements(ctx.db(), in, format, options);
  return Response::Json(summary.ToJson().dump(), summary.status == "error" ? 409 : 200);
}

Response GetJob(RequestContext& ctx) {
  ctx.RequireUser();
  auto job = JobStatus(ctx.db(), ctx.IdParam("id"));
  if (!job) throw Failure(FailureCode::kNotFound, "no job " + ctx.Param("id"));
  return Response::Json(job->dump());
}

}  // namespace

Indicator VisibleIndicator(RequestContext& ctx, const std::string& code) {
  auto ind = IndicatorStore(ctx.db()).FindByCode(code);
  if (!ind || (!ind->published && !ctx.user())) {
    throw Failure(FailureCode::kNotFound, "no indicator '" + code + "'", "code");
  }
  return *ind;
}

void RegisterIndicatorRoutes(Router& r) {
  r.Add("GET", "/api/v1/indicators", ListIndicators);
  r.Add("GET", "/api/v1/indicators/{code}", GetIndicator);
  r.Add("GET", "/api/v1/indicators/{code}/series", Series);
  r.Add("POST", "/api/v1/measurements:import", ImportMeasurementsRoute);
  r.Add("GET", "/api/v1/jobs/{id}", GetJob);
}

}  // namespace fremdrift
