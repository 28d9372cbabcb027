// `fremdrift serve` stops gracefully on SIGTERM: requests it has read are
// answered in full (here a PDF that Chromium is still printing, while other
// clients keep asking for pages), nothing is cut off half-way, new
// connections are refused, and the process exits 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "support/child_process.h"
#include "support/raw_http.h"
#include "support/wait_until.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

class GracefulStopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/fremdrift-stop-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    url_ = "sqlite:" + (dir_ / "stop.db").string();
    auto import = RunFremdrift({"import", "--db", url_, std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"});
    ASSERT_EQ(import.exit_code, 0) << import.err;
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  fs::path dir_;
  std::string url_;
};

TEST_F(GracefulStopTest, SigtermAnswersEveryRequestAlreadyReadAndExitsCleanly) {
  ServerProcess server(url_);
  // A PDF takes Chromium a good while to print: it is surely in flight
  // when the signal comes.
  RawConnection pdf(server.port(), 120);
  ASSERT_TRUE(pdf.Send("GET /rapport/2023-Q1.pdf?strategy=nes-2023-2030 HTTP/1.1\r\nHost: t\r\n\r\n"));
  // Meanwhile, readers ask for pages on kept-alive connections.
  std::atomic<bool> stop_readers{false};
  std::atomic<int> answered{0}, cut{0};
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i) {
    readers.emplace_back([&] {
      RawConnection c(server.port(), 30);
      while (!stop_readers) {
        if (!c.Send("GET /monitor HTTP/1.1\r\nHost: t\r\n\r\n")) break;
        RawResponse r = c.Read();
        if (r.status == 0) break;  // closed before answering: never read
        if (r.status == 200 && r.body.find("</html>") != std::string::npos) ++answered;
        else ++cut;
        if (r.Header("connection") == "close") break;  // the server is stopping
      }
    });
  }
  // Every reader has had a page before the signal comes.
  EXPECT_TRUE(WaitUntil([&] { return answered >= 4 || cut > 0; }, std::chrono::seconds(60)));
  const int code = server.Terminate(60);
  stop_readers = true;
  for (auto& t : readers) t.join();

  RawResponse printed = pdf.Read();
  EXPECT_EQ(printed.status, 200);
  EXPECT_EQ(printed.body.rfind("%PDF", 0), 0u) << "the PDF was cut off";
  EXPECT_EQ(printed.Header("connection"), "close");
  EXPECT_EQ(cut.load(), 0) << "a page was answered only in part";
  EXPECT_GT(answered.load(), 0);
  EXPECT_EQ(code, 0);
  // And it is gone: nobody answers on its port any more.
  EXPECT_ANY_THROW(RawConnection(server.port(), 2));
  if (HasFailure()) ADD_FAILURE() << server.Log();
}

}  // namespace
}  // namespace fremdrift::testing
