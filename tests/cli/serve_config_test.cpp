// `fremdrift serve --config FILE` as an operator runs it: the file's
// settings apply, flags override them, the database URL can come from a
// secret file, and a mistake stops the server with a message naming the
// file, line and key (exit code 2) before it listens.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "support/child_process.h"
#include "support/raw_http.h"
#include "support/shell.h"
#include "support/test_server.h"
#include "support/wait_until.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

class ServeConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/fremdrift-conf-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    url_ = "sqlite:" + (dir_ / "conf.db").string();
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
  std::string url_;
};

TEST_F(ServeConfigTest, FileSettingsApplyAndFlagsOverrideThem) {
  // The port in the file is taken by the flag ServerProcess gives; the
  // access log is off, as the file says.
  std::string conf = Write("fremdrift.conf", "# test\nport = 1\naccess_log = no\nheader_timeout = 7\n");
  ServerProcess server(url_, {"--config", conf});
  RawConnection c(server.port());
  ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
  EXPECT_EQ(c.Read().status, 200);
  // Once the server has stopped, all it would ever write is in its log.
  server.Terminate();
  EXPECT_EQ(server.Log().find("\"request_id\""), std::string::npos) << server.Log();
}

TEST_F(ServeConfigTest, DatabaseUrlAndPortComeFromTheFileAndASecretFile) {
  std::string secret = Write("db-url", url_ + "\n");
  int port = FreeLoopbackPort();
  std::string conf = Write("fremdrift.conf", "db_file = " + secret + "\nport = " + std::to_string(port) +
                                                 "\nassets = " + FREMDRIFT_SOURCE_DIR + "\n");
  // No --db and no --port: both come from the file.
  std::string pid = Shell(std::string(FREMDRIFT_BINARY) + " serve --config " + conf + " > " +
                          (dir_ / "log").string() + " 2>&1 & echo $!");
  ASSERT_FALSE(pid.empty());
  int status = 0;
  WaitUntil(
      [&] {
        try {
          status = HttpRequest(port, "GET", "/healthz").status;
        } catch (const std::exception&) {
        }
        return status == 200;
      },
      std::chrono::seconds(15));
  kill(std::stoi(pid), SIGTERM);
  EXPECT_EQ(status, 200);
  EXPECT_TRUE(fs::exists(dir_ / "conf.db")) << "the database named in the secret file";
  WaitUntil([&] { return kill(std::stoi(pid), 0) != 0; }, std::chrono::seconds(5));  // gone, or left
}

TEST_F(ServeConfigTest, MistakesStopTheServerNamingFileLineAndKey) {
  std::string conf = Write("bad.conf", "port = 0\n\nmax_body = 8\n");
  auto run = RunFremdrift({"serve", "--db", url_, "--config", conf});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find(conf + ", line 3: unknown key max_body"), std::string::npos) << run.err;

  conf = Write("value.conf", "port = 0\nthreads = many\n");
  run = RunFremdrift({"serve", "--db", url_, "--config", conf});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("threads (" + conf + ", line 2) must be a whole number from 1 to 9999"),
            std::string::npos) << run.err;

  run = RunFremdrift({"serve", "--db", url_, "--config", (dir_ / "none.conf").string()});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("cannot read the configuration file"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace fremdrift::testing
