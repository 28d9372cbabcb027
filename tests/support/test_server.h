// A real Fremdrift web server on a loopback port, in this process, over a
// fresh database of the chosen engine, and a small HTTP client for it.
// API and page tests talk to it over real HTTP.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/user.h"
#include "storage/connection_pool.h"
#include "support/test_database.h"
#include "web/server.h"

namespace fremdrift::testing {

struct HttpResult {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // last value of each name
  nlohmann::json Json() const { return nlohmann::json::parse(body); }
};

// Sends one request to 127.0.0.1:`port`. `headers` are added as given.
HttpResult HttpRequest(int port, const std::string& method, const std::string& path,
                       const std::string& body = "",
                       const std::map<std::string, std::string>& headers = {});

class TestServer {
 public:
  // Starts on a free port over a fresh database; when `load_demo` the
  // demo dataset (data/demo) is imported first. `configure` may change the
  // server's settings (port 0, 4 threads, the source tree's assets) before
  // it starts.
  TestServer(Engine engine, bool load_demo,
             const std::function<void(ServerConfig&)>& configure = {});
  ~TestServer();

  int port() const { return server_->port(); }
  const std::string& db_url() const { return db_.url(); }
  ConnectionPool& pool() { return *pool_; }

  // Creates a user (the organisation must exist) and returns a new token.
  std::string AddUserWithToken(const std::string& name, const std::string& org, Role role);

  // Requests with an optional bearer token; `json` bodies are serialised.
  HttpResult Get(const std::string& path, const std::string& token = "");
  HttpResult Send(const std::string& method, const std::string& path,
                  const nlohmann::json& body, const std::string& token = "");

 private:
  TempDatabase db_;
  std::unique_ptr<ConnectionPool> pool_;
  std::unique_ptr<WebServer> server_;
};

}  // namespace fremdrift::testing
