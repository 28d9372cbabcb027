#include "web/service_routes.h"

#include <exception>

#include <nlohmann/json.hpp>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include "app/service_status.h"
#include "app/sign_in.h"
#include "web/build_info.h"
#include "web/error_response.h"
#include "web/server.h"
#include "web/server_metrics.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

Response Plain(int status, std::string body) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(body);
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response Readyz(RequestContext& ctx) {
  const ServerConfig& config = ctx.config();
  Readiness r = CheckReadiness(ctx.pool());
  bool draining = config.metrics && config.metrics->draining();
  bool ready = r.ready() && !draining;
  nlohmann::ordered_json j;
  j["status"] = ready ? "ready" : "not ready";
  j["database"] = r.database;
  j["schema_version"] = r.schema_version;
  j["expected_schema_version"] = r.expected_version;
  j["stopping"] = draining;
  if (!ready) j["problem"] = draining ? "the server is stopping" : r.problem;
  Response out = JsonResponse(j, ready ? kHttpOk : HttpStatus(HttpRefusal::kUnavailable));
  out.headers.emplace_back("Cache-Control", "no-store");
  return out;
}

// Compares without stopping at the first difference.
bool ServiceRoutesSameSecret(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

bool IsLoopback(const std::string& address) {
  return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

// nullopt when the caller may read /metrics, else the answer.
std::optional<Response> MetricsRefusal(RequestContext& ctx) {
  const std::string& token = ctx.config().metrics_token;
  const IncomingRequest& req = ctx.request();
  if (!token.empty()) {
    if (ServiceRoutesSameSecret(req.Header("Authorization"), "Bearer " + token)) return std::nullopt;
    Response r = Plain(HttpStatus(FailureCode::kUnauthenticated),
                       "401: /metrics needs Authorization: Bearer <the metrics token>\n");
    r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"metrics\"");
    return r;
  }
  bool proxied = req.HasHeader("X-Forwarded-For") || req.HasHeader("Forwarded") ||
                 req.HasHeader("X-Real-IP");
  if (IsLoopback(req.peer_address) && !proxied) return std::nullopt;
  return Plain(HttpStatus(FailureCode::kNotFound), "404: no page or resource at /metrics\n");
}

// A gauge family of `registry` with one sample per (labels, value).
void Gauges(prometheus::Registry& registry, const std::string& name, const std::string& help,
            const std::vector<std::pair<prometheus::Labels, double>>& samples) {
  auto& family = prometheus::BuildGauge().Name(name).Help(help).Register(registry);
  for (const auto& [labels, value] : samples) family.Add(labels).Set(value);
}

Response Metrics(RequestContext& ctx) {
  if (auto refused = MetricsRefusal(ctx)) return *refused;
  const ServerConfig& config = ctx.config();
  // What this scrape reads now, beside what the server has counted.
  prometheus::Registry now;
  Gauges(now, "fremdrift_build_info", "The version of this build; always 1.",
         {{{{"version", FremdriftVersion()}}, 1}});
  Gauges(now, "fremdrift_db_connections", "Database connections of this process's pool by state.",
         {{{{"state", "in_use"}}, static_cast<double>(ctx.pool().InUse())},
          {{{"state", "idle"}}, static_cast<double>(ctx.pool().Idle())}});
  Readiness ready = CheckReadiness(ctx.pool());
  Gauges(now, "fremdrift_database_up", "1 when the database answered this scrape.",
         {{{}, ready.database ? 1.0 : 0.0}});
  Gauges(now, "fremdrift_schema_version", "The database's schema version and this build's.",
         {{{{"of", "database"}}, static_cast<double>(ready.schema_version)},
          {{{"of", "build"}}, static_cast<double>(ready.expected_version)}});
  if (ready.database) {
    try {
      ServiceCounts counts = ReadServiceStatus(ctx.db(), EpochSeconds());
      std::vector<std::pair<prometheus::Labels, double>> outbox, jobs;
      for (const auto& [state, n] : counts.outbox) outbox.push_back({{{"state", state}}, static_cast<double>(n)});
      for (const auto& [key, n] : counts.jobs) {
        jobs.push_back({{{"kind", key.first}, {"state", key.second}}, static_cast<double>(n)});
      }
      Gauges(now, "fremdrift_mail_outbox", "Mails in the outbox by state: queued (never tried), retrying, sent.",
             outbox);
      Gauges(now, "fremdrift_jobs", "Background jobs (imports) by kind and state.", jobs);
      Gauges(now, "fremdrift_sign_in_failures_last_hour", "Failed sign-ins recorded in the last hour (all instances).",
             {{{}, static_cast<double>(counts.failed_sign_ins)}});
    } catch (const std::exception&) {
      // The database went away between the two reads: fremdrift_database_up says so at the next scrape.
    }
  }
  std::vector<prometheus::MetricFamily> families = now.Collect();
  if (config.metrics) {
    auto served = config.metrics->Collect();
    families.insert(families.end(), served.begin(), served.end());
  }
  Response r = Plain(kHttpOk, prometheus::TextSerializer().Serialize(families));
  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
  return r;
}

}  // namespace

void RegisterServiceRoutes(Router& router) {
  router.Add("GET", routes::kReadyz, Readyz);
  router.Add("GET", routes::kMetrics, Metrics);
}

}  // namespace fremdrift
