// The routes for operators: /readyz (database reachable, migrations
// current, not stopping) and /metrics in the Prometheus text format, with
// who may read it: loopback clients without a proxy, or the bearer token.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <regex>
#include <thread>

#include "storage/migrations.h"
#include "support/api_fixture.h"
#include "web/server.h"

namespace fremdrift::testing {
namespace {

// A server on an empty database whose metrics the test holds, so that it
// can play SIGTERM; /metrics needs MetricsToken() when it is not empty.
class OperationsApiTest : public ApiTest {
 protected:
  bool LoadDemo() const override { return false; }
  void Configure(ServerConfig& config) override {
    config.metrics = &metrics_;
    config.metrics_token = MetricsToken();
  }
  virtual std::string MetricsToken() const { return ""; }
  HttpResult Get(const std::string& path, const std::map<std::string, std::string>& headers = {}) {
    return HttpRequest(server_->port(), "GET", path, "", headers);
  }

  ServerMetrics metrics_;
};

class MetricsTokenTest : public OperationsApiTest {
 protected:
  std::string MetricsToken() const override { return "s3cret-metrics-token"; }
};

// The value of the sample line that starts with `prefix` ("name{labels}").
double SampleValue(const std::string& text, const std::string& prefix) {
  size_t at = text.find("\n" + prefix + " ");
  if (at == std::string::npos) return -1;
  return std::stod(text.substr(at + prefix.size() + 2));
}

// `fremdrift serve` without --threads runs twice the machine's cores of
// workers, at least 4 (docs/operations.md, the flags' table).
TEST(ServerDefaultsTest, WorkersAreTwiceTheCoresAndAtLeastFour) {
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  EXPECT_EQ(ServerConfig{}.threads, std::max(4, 2 * cores));
  EXPECT_GE(ServerConfig{}.threads, 4);
}

TEST_P(OperationsApiTest, ReadyWhenTheDatabaseAnswersAndIsMigrated) {
  auto r = Get("/readyz");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  EXPECT_EQ(j["status"], "ready");
  EXPECT_EQ(j["database"], true);
  EXPECT_EQ(j["schema_version"], AllMigrations().back().version);
  EXPECT_EQ(r.headers["Cache-Control"], "no-store");
}

TEST_P(OperationsApiTest, NotReadyWhileStopping) {
  metrics_.SetDraining();  // what SIGTERM does first
  auto r = Get("/readyz");
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_EQ(r.Json()["problem"], "the server is stopping");
  EXPECT_EQ(Get("/healthz").status, 200) << "still alive";
}

TEST_P(OperationsApiTest, NotReadyWhenMigrationsArePending) {
  {
    auto lease = server_->pool().Acquire();
    lease->Execute("DELETE FROM schema_migrations WHERE version = ?",
                   {static_cast<int64_t>(AllMigrations().back().version)});
  }
  auto r = Get("/readyz");
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_NE(r.Json()["problem"].get<std::string>().find("migrations pending"), std::string::npos) << r.body;
}

TEST_P(OperationsApiTest, MetricsCountRequestsByRouteAndStatusWithDurations) {
  ASSERT_EQ(Get("/healthz").status, 200);
  ASSERT_EQ(Get("/healthz").status, 200);
  ASSERT_EQ(Get("/finnes-ikke").status, 404);
  auto r = Get("/metrics");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "text/plain; version=0.0.4; charset=utf-8");
  const std::string& t = r.body;
  EXPECT_NE(t.find("# TYPE fremdrift_http_requests_total counter\n"), std::string::npos) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"), 2) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_http_requests_total{method=\"GET\",route=\"\",status=\"404\"}"), 1) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_http_request_duration_seconds_count{route=\"/healthz\"}"), 2) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"}"), 2);
  // The scrape itself, and perhaps an earlier request whose answer the
  // client has read but whose write the server has not yet seen complete
  // (it counts until then; seen on a loaded machine).
  EXPECT_GE(SampleValue(t, "fremdrift_http_requests_in_flight"), 1) << "the scrape itself";
  EXPECT_LE(SampleValue(t, "fremdrift_http_requests_in_flight"), 4) << t;
  EXPECT_GE(SampleValue(t, "fremdrift_db_connections{state=\"in_use\"}"), 0) << t;
  EXPECT_GE(SampleValue(t, "fremdrift_db_connections{state=\"idle\"}"), 0) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_database_up"), 1);
  EXPECT_EQ(SampleValue(t, "fremdrift_schema_version{of=\"database\"}"), AllMigrations().back().version);
  EXPECT_EQ(SampleValue(t, "fremdrift_mail_outbox{state=\"queued\"}"), 0) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_sign_in_failures_last_hour"), 0) << t;
  EXPECT_TRUE(std::regex_search(t, std::regex("\nfremdrift_build_info\\{version=\"[0-9.]+\"\\} 1\n"))) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_draining"), 0);
}

// Eight clients ask for the same list at once, more than the workers take
// at a time: some are given an answer an identical request's worker made
// after they arrived (web/shared_answers.h), and every one is answered and
// counted.
TEST_P(OperationsApiTest, IdenticalRequestsQueuedTogetherShareAnswers) {
  std::vector<std::thread> clients;
  std::atomic<int> failed{0};
  for (int c = 0; c < 8; ++c) {
    clients.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        if (server_->Get("/api/v1/strategies").status != 200) ++failed;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(failed, 0);
  const std::string t = Get("/metrics").body;
  EXPECT_GE(SampleValue(t, "fremdrift_http_answers_shared_total"), 1) << t;
  EXPECT_LE(SampleValue(t, "fremdrift_http_answers_shared_total"), 199) << "the first was made";
  EXPECT_EQ(SampleValue(t, "fremdrift_http_requests_total{method=\"GET\",route=\"/api/v1/strategies\",status=\"200\"}"),
            200)
      << t;
}

TEST_P(OperationsApiTest, KeptAnonymousPagesAreAnsweredWithoutAWorker) {
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Get("/").status, 200);
  const std::string t = Get("/metrics").body;
  // The first visit makes the page; later ones find it kept and are
  // answered on the I/O thread (unless no pooled connection was idle).
  EXPECT_GE(SampleValue(t, "fremdrift_http_answered_inline_total"), 1) << t;
  EXPECT_LE(SampleValue(t, "fremdrift_http_answered_inline_total"), 4) << t;
  EXPECT_EQ(SampleValue(t, "fremdrift_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"}"), 5) << t;
}

TEST_P(OperationsApiTest, AClientAskingForAFreshPageGetsItMadeAgain) {
  ASSERT_EQ(Get("/").status, 200);  // made, and kept
  for (int i = 0; i < 3; ++i) ASSERT_EQ(Get("/", {{"Cache-Control", "no-cache"}}).status, 200);
  ASSERT_EQ(Get("/", {{"Pragma", "no-cache"}}).status, 200);
  const std::string t = Get("/metrics").body;
  EXPECT_EQ(SampleValue(t, "fremdrift_http_answered_inline_total"), 0) << "a hard reload is never answered from memory";
}

TEST_P(OperationsApiTest, MetricsAreHiddenFromClientsBehindAProxy) {
  EXPECT_EQ(Get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}}).status, 404);
  EXPECT_EQ(Get("/metrics", {{"Forwarded", "for=203.0.113.9"}}).status, 404);
}

TEST_P(MetricsTokenTest, MetricsTokenIsRequiredWhenSet) {
  auto none = Get("/metrics");
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(none.headers["WWW-Authenticate"], "Bearer realm=\"metrics\"");
  EXPECT_EQ(Get("/metrics", {{"Authorization", "Bearer wrong"}}).status, 401);
  auto ok = Get("/metrics", {{"Authorization", "Bearer s3cret-metrics-token"}});
  EXPECT_EQ(ok.status, 200);
  EXPECT_NE(ok.body.find("fremdrift_build_info"), std::string::npos);
  // Through a proxy too, with the token.
  EXPECT_EQ(Get("/metrics", {{"Authorization", "Bearer s3cret-metrics-token"},
                             {"X-Forwarded-For", "203.0.113.9"}}).status, 200);
}

INSTANTIATE_PER_ENGINE(OperationsApiTest);
INSTANTIATE_PER_ENGINE(MetricsTokenTest);

}  // namespace
}  // namespace fremdrift::testing
