// The access log of `fremdrift serve`: one JSON line per request with its
// time, request id (the one the response carries in X-Request-Id), method,
// route pattern, status, duration and user; never the query string, a
// token or a password.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/child_process.h"
#include "support/raw_http.h"
#include "support/wait_until.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class AccessLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/fremdrift-access-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    url_ = "sqlite:" + (dir_ / "log.db").string();
    ASSERT_EQ(RunFremdrift({"import", "--db", url_, std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"}).exit_code, 0);
    ASSERT_EQ(RunFremdrift({"user", "add", "--db", url_, "--name", "kari", "--org", "Hdir", "--role", "editor"})
                  .exit_code,
              0);
    auto created = RunFremdrift({"token", "create", "--db", url_, "--name", "kari"});
    ASSERT_EQ(created.exit_code, 0) << created.err;
    token_ = created.out.substr(0, created.out.find('\n'));
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  // The access log lines the server wrote so far, parsed.
  static std::vector<json> Lines(const ServerProcess& server) {
    std::vector<json> out;
    std::istringstream in(server.Log());
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("{\"time\"", 0) == 0) out.push_back(json::parse(line));
    }
    return out;
  }

  fs::path dir_;
  std::string url_, token_;
};

TEST_F(AccessLogTest, EachRequestIsOneJsonLineWithTheIdTheResponseCarries) {
  ServerProcess server(url_);
  RawConnection c(server.port());
  ASSERT_TRUE(c.Send("GET /api/v1/items/1?secret=hemmelig HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " +
                     token_ + "\r\n\r\n"));
  RawResponse signed_in = c.Read();
  ASSERT_TRUE(c.Send("GET /finnes-ikke HTTP/1.1\r\nHost: t\r\n\r\n"));
  RawResponse missing = c.Read();
  ASSERT_EQ(missing.status, 404);
  // The error page's reference is the request id, so support can find it.
  EXPECT_NE(missing.body.find(missing.Header("x-request-id")), std::string::npos) << missing.body;
  ASSERT_EQ(signed_in.Header("x-request-id").size(), 16u);
  ASSERT_NE(signed_in.Header("x-request-id"), missing.Header("x-request-id"));

  // The lines are written as the answers go out (the start-up probes of
  // /healthz have theirs too); find ours by their ids.
  auto line_of = [&](const std::string& id) {
    json found = json::object();
    bool written = WaitUntil(
        [&] {
          for (const auto& line : Lines(server)) {
            if (line["request_id"] == id) found = line;
          }
          return !found.empty();
        },
        std::chrono::seconds(10));
    if (!written) ADD_FAILURE() << "no access log line for " << id << " in:\n" << server.Log();
    return found;
  };
  const json first = line_of(signed_in.Header("x-request-id"));
  EXPECT_EQ(first["method"], "GET");
  EXPECT_EQ(first["route"], "/api/v1/items/{id}");
  EXPECT_EQ(first["status"], signed_in.status);
  EXPECT_EQ(first["user"], "kari");
  EXPECT_TRUE(first["duration_ms"].is_number());
  EXPECT_EQ(first.value("time", "").size(), 20u) << first;
  const json second = line_of(missing.Header("x-request-id"));
  EXPECT_TRUE(second["route"].is_null());
  EXPECT_TRUE(second["user"].is_null());
  EXPECT_EQ(second["status"], 404);
  // Neither the target nor the credentials reach the access log, and no
  // query string or token reaches any of the server's output.
  for (const auto& line : Lines(server)) {
    EXPECT_EQ(line.dump().find("finnes-ikke"), std::string::npos) << line;
    EXPECT_EQ(line.dump().find("items/1"), std::string::npos) << line;
  }
  const std::string log = server.Log();
  EXPECT_EQ(log.find("hemmelig"), std::string::npos);
  EXPECT_EQ(log.find(token_), std::string::npos);
}

TEST_F(AccessLogTest, AccessLogNoWritesNoLines) {
  ServerProcess server(url_, {"--access-log", "no"});
  RawConnection c(server.port());
  ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
  RawResponse r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("x-request-id").size(), 16u);
  // Once the server has stopped, all it would ever write is in its log.
  EXPECT_EQ(server.Terminate(), 0);
  EXPECT_TRUE(Lines(server).empty()) << server.Log();
}

}  // namespace
}  // namespace fremdrift::testing
