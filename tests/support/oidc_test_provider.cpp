#include "support/oidc_test_provider.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "support/file_text.h"
#include "support/test_server.h"

extern char** environ;

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

}  // namespace

OidcTestProvider::OidcTestProvider(std::vector<OidcTestClient> clients, nlohmann::json users) {
  char folder[] = "/tmp/fremdrift-oidc-XXXXXX";
  if (!mkdtemp(folder)) throw std::runtime_error("cannot create a folder for the test provider");
  folder_ = folder;
  log_path_ = folder_ + "/provider.log";
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  port_ = socket.address().port();
  socket.close();
  nlohmann::json config{{"port", port_},
                        {"issuer", issuer()},
                        {"key_file", folder_ + "/provider-keys.json"},
                        {"users", users},
                        {"clients", nlohmann::json::array()}};
  for (const auto& c : clients) {
    nlohmann::json client{{"client_id", c.client_id},
                          {"redirect_uris", c.redirect_uris},
                          {"post_logout_redirect_uris", c.post_logout_redirect_uris}};
    if (c.client_secret.empty()) {
      client["jwks"] = c.public_jwks;
    } else {
      client["client_secret"] = c.client_secret;
    }
    config["clients"].push_back(client);
  }
  std::ofstream(folder_ + "/config.json") << config.dump();
  Start();
}

OidcTestProvider::~OidcTestProvider() {
  Stop();
  std::error_code ec;
  fs::remove_all(folder_, ec);
}

void OidcTestProvider::Start(bool new_keys) {
  if (pid_ > 0) return;
  if (new_keys) fs::remove(folder_ + "/provider-keys.json");
  std::string script = std::string(FREMDRIFT_SOURCE_DIR) + "/tests/oidc/provider.mjs";
  std::vector<std::string> args = {"node", script, folder_ + "/config.json"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
  int rc = posix_spawnp(&pid_, "node", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    pid_ = -1;
    throw std::runtime_error("cannot start node for the test OpenID Provider (scripts/test installs it)");
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("the test OpenID Provider exited:\n" + ReadAll(log_path_));
    }
    try {
      if (HttpRequest(port_, "GET", "/.well-known/openid-configuration").status == 200) return;
    } catch (const std::exception&) {
      // Not listening yet.
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  Stop();
  throw std::runtime_error("the test OpenID Provider did not start:\n" + ReadAll(log_path_));
}

void OidcTestProvider::Stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
}

std::string OidcTestProvider::Sign(const nlohmann::json& claims, const std::string& alg, const std::string& key) {
  nlohmann::json body{{"claims", claims}, {"header", {{"alg", alg}}}, {"key", key}};
  HttpResult r = HttpRequest(port_, "POST", "/test/sign", body.dump(), {{"Content-Type", "application/json"}});
  if (r.status != 200) throw std::runtime_error("the test provider did not sign: " + r.body);
  return r.body;
}

}  // namespace fremdrift::testing
