// The HTTP server: POCO's threaded HTTPServer in front of the Router.
// Every response gets the security headers; every Failure thrown by a
// handler becomes an error response in one place (error_response.h).
#pragma once

#include <memory>
#include <string>

#include "app/sign_in.h"
#include "domain/achievement.h"
#include "storage/connection_pool.h"
#include "web/router.h"

namespace Poco::Net { class HTTPServer; }

namespace fremdrift {

struct ServerConfig {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (tests)
  std::string assets_dir;  // holds templates/, static/, docs/
  size_t max_body_bytes = 8 * 1024 * 1024;
  // Bulk imports (paths ending in ":import") may be larger.
  size_t max_import_bytes = 256 * 1024 * 1024;
  int threads = 16;
  int request_timeout_seconds = 30;
  // How far behind the straight path to a target an indicator may be and
  // still count as on track (docs/indicators.md).
  AchievementRule achievement;
  // Idle limit of browser sessions and throttling of failed sign-ins.
  SessionPolicy session;
  // Believe X-Forwarded-Proto and X-Forwarded-For (set only when a reverse
  // proxy in front of us sets them and clients cannot).
  bool trust_proxy = false;
};

// The folder holding templates/, static/ and docs/: $FREMDRIFT_ASSETS, or
// the folder next to the binary's parent that has them, or the source tree.
std::string DefaultAssetsDir();

// All routes of the application: API and pages.
Router BuildRouter();

class WebServer {
 public:
  WebServer(ConnectionPool& pool, ServerConfig config);
  ~WebServer();

  void Start();
  void Stop();
  int port() const;  // the bound port, useful when config.port was 0

 private:
  ConnectionPool& pool_;
  ServerConfig config_;
  Router router_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace fremdrift
