// A background import whose server is killed half-way (a crash, the
// machine stopping) does not stay "running" for ever: the next server on
// the database (SQLite: at its start; PostgreSQL: as soon as anyone asks,
// since the runner's lock went with its session) reports the job failed
// with the code "interrupted", and nothing of the file was kept.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/child_process.h"
#include "support/test_database.h"
#include "support/test_server.h"

namespace fremdrift::testing {
namespace {

class InterruptedJobTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (!EngineAvailable(GetParam())) GTEST_SKIP() << EngineName(GetParam()) << " not available";
    db_ = std::make_unique<TempDatabase>(GetParam());
    ASSERT_EQ(RunFremdrift({"import", "--db", db_->url(), std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"})
                  .exit_code,
              0);
    ASSERT_EQ(RunFremdrift({"user", "add", "--db", db_->url(), "--name", "kari", "--org", "Hdir", "--role",
                            "editor"})
                  .exit_code,
              0);
    token_ = RunFremdrift({"token", "create", "--db", db_->url(), "--name", "kari"}).out;
    while (!token_.empty() && (token_.back() == '\n' || token_.back() == '\r')) token_.pop_back();
  }

  nlohmann::json Job(const ServerProcess& s, const std::string& location) {
    auto r = HttpRequest(s.port(), "GET", location, "", {{"Authorization", "Bearer " + token_}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.Json() : nlohmann::json::object();
  }

  std::unique_ptr<TempDatabase> db_;
  std::string token_;
};

TEST_P(InterruptedJobTest, AJobWhoseServerWasKilledIsReportedInterruptedAndKeptNothing) {
  // About 40 MB: long enough to be killed in the middle.
  std::string csv = "indicator,period,value,tjeneste\n";
  for (int i = 0; i < 1000000; ++i) {
    csv += "kj-kommune,2019-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "," +
           std::to_string(i % 97) + ",avbrutt-" + std::to_string(i / 12) + "\n";
  }
  std::string location;
  {
    ServerProcess first(db_->url());
    auto started = HttpRequest(first.port(), "POST", "/api/v1/measurements:import?async=true", csv,
                               {{"Authorization", "Bearer " + token_}, {"Content-Type", "text/csv"}});
    ASSERT_EQ(started.status, 202) << started.body;
    location = started.headers["Location"];
    nlohmann::json job;
    for (int i = 0; i < 600; ++i) {
      job = Job(first, location);
      if (job["state"] != "running" || job["progress"].get<int64_t>() > 0) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_EQ(job["state"], "running") << "the file was read before the kill; make it larger: " << job.dump();
    first.Kill();
  }
  ServerProcess second(db_->url());
  nlohmann::json job;
  for (int i = 0; i < 300; ++i) {
    job = Job(second, location);
    if (job["state"] != "running") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(job["state"], "failed") << job.dump();
  EXPECT_EQ(job["result"]["error"]["code"], "interrupted") << job.dump();
  EXPECT_FALSE(job["finished_at"].is_null());
  auto series = HttpRequest(second.port(), "GET", "/api/v1/indicators/kj-kommune/series?by=tjeneste");
  ASSERT_EQ(series.status, 200);
  EXPECT_EQ(series.body.find("avbrutt-"), std::string::npos) << "no row of the killed import was kept";
}

INSTANTIATE_TEST_SUITE_P(Engines, InterruptedJobTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
