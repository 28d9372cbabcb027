// The HTTP server: an event-driven server on Boost.Beast / Boost.Asio in
// front of the Router. A few I/O threads serve every connection
// (http_connection.h: strict parsing, a deadline per phase); handlers,
// which touch the database and block, run on a pool of worker threads, so
// idle or slow clients never hold a worker. Every response gets the
// security headers (response_head.h); every Failure thrown by a handler
// becomes an error response in one place (error_response.h).
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "app/oidc_providers.h"
#include "app/sign_in.h"
#include "domain/achievement.h"
#include "storage/connection_pool.h"
#include "web/router.h"
#include "web/server_metrics.h"

namespace fremdrift {

// The default number of workers for reads: twice the machine's cores, at
// least 4. Handlers mostly use the CPU (SQLite reads, rendering), so more
// workers than that only share the same cores, and every request then
// waits for all of them; a few spare ones cover a handler that waits
// (PostgreSQL's round trips, a PDF being printed). On 2 cores a closed-loop
// soak answered as many requests with 4 workers as with 16, its reads had
// a narrower spread, and its writes, whose own pool then gets a fair share
// of the CPU while they hold SQLite's write lock, took 2 ms instead of 90
// (docs/testing.md, "Soak").
int DefaultWorkerThreads();

struct ServerConfig {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (tests)
  std::string assets_dir;  // holds templates/, static/, docs/
  size_t max_body_bytes = 8 * 1024 * 1024;
  // Bulk imports (paths ending in ":import") may be larger.
  size_t max_import_bytes = 256 * 1024 * 1024;
  // Requests without credentials (no bearer token, no session cookie) may
  // send at most this much; anonymous writes other than signing in are
  // refused before their body is read.
  size_t max_anonymous_body_bytes = 64 * 1024;
  int threads = DefaultWorkerThreads();  // workers that run reads; writes get threads / 2 of their own
  int io_threads = 2;   // threads that do the network I/O
  // The whole request header, idle keep-alive time included, must arrive
  // within this many seconds; a body must keep min_body_bytes_per_second
  // after the first body_grace_seconds.
  int header_timeout_seconds = 5;
  int body_grace_seconds = 5;
  size_t min_body_bytes_per_second = 4096;
  // A client must take a response within this many seconds.
  int request_timeout_seconds = 60;
  // On Stop (SIGTERM), how long requests already read may take to be
  // answered before the server stops anyway.
  int shutdown_seconds = 20;
  // Where the access log (access_log.h) goes; none when null.
  std::ostream* access_log = nullptr;
  // How far behind the straight path to a target an indicator may be and
  // still count as on track (docs/indicators.md).
  AchievementRule achievement;
  // Idle limit of browser sessions and throttling of failed sign-ins.
  SessionPolicy session;
  // Believe X-Forwarded-Proto and X-Forwarded-For (set only when a reverse
  // proxy in front of us sets them and clients cannot).
  bool trust_proxy = false;
  // Operations (docs/operations.md): what /metrics and /readyz read (the
  // WebServer's own when null), and the bearer token /metrics needs
  // ("" lets only loopback clients without a proxy read it).
  ServerMetrics* metrics = nullptr;
  std::string metrics_token;
  // Sign-in through one or more OpenID Connect providers
  // (docs/sign-in.md); none when null. Local passwords can be switched off
  // (`--password-sign-in off`).
  std::shared_ptr<OidcProviders> oidc;
  bool password_sign_in = true;
};

// The folder holding templates/, static/ and docs/: $FREMDRIFT_ASSETS, or
// the nearest folder above the binary that has them (or has them under
// share/fremdrift, as an installed /usr/bin/fremdrift has
// /usr/share/fremdrift), or the source tree.
std::string DefaultAssetsDir();

// All routes of the application: API and pages.
Router BuildRouter();

class WebServer {
 public:
  WebServer(ConnectionPool& pool, ServerConfig config);
  ~WebServer();

  // Binds and starts serving; throws std::runtime_error when the address
  // cannot be bound.
  void Start();
  // Stops gracefully: stops accepting, answers the requests already read
  // (up to config.shutdown_seconds), then drops idle connections and
  // waits for running handlers. Safe to call twice.
  void Stop();
  int port() const;  // the bound port, useful when config.port was 0

 private:
  class Running;
  ConnectionPool& pool_;
  ServerConfig config_;
  Router router_;
  ServerMetrics metrics_;
  std::unique_ptr<Running> running_;
};

}  // namespace fremdrift
