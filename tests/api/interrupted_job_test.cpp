// A background import whose server is killed half-way (a crash, the
// machine stopping) does not stay "running" for ever: the next server on
// the database (SQLite: at its start; PostgreSQL: as soon as anyone asks,
// since the runner's lock went with its session) reports the job failed
// with the code "interrupted", and nothing of the file was kept.
#include <gtest/gtest.h>

#include <chrono>

#include <nlohmann/json.hpp>

#include "support/child_process.h"
#include "support/engine_fixture.h"
#include "support/job_wait.h"
#include "support/test_server.h"

namespace fremdrift::testing {
namespace {

class InterruptedJobTest : public EngineTest {
 protected:
  // `fremdrift import` makes the schema, as it would on a new server.
  bool MigratedDatabase() const override { return false; }
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
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
    // The runner has read part of the file (or, too small a file, ended).
    nlohmann::json job = WaitForJobUntil(
        first.port(), location, token_,
        [](const nlohmann::json& j) { return j["state"] != "running" || j["progress"].get<int64_t>() > 0; },
        "under way", std::chrono::seconds(30));
    ASSERT_EQ(job["state"], "running") << "the file was read before the kill; make it larger: " << job.dump();
    first.Kill();
  }
  ServerProcess second(db_->url());
  nlohmann::json job = WaitForJob(second, location, token_, {"done", "failed"}, std::chrono::seconds(30));
  EXPECT_EQ(job["state"], "failed") << job.dump();
  EXPECT_EQ(job["result"]["error"]["code"], "interrupted") << job.dump();
  EXPECT_FALSE(job["finished_at"].is_null());
  auto series = HttpRequest(second.port(), "GET", "/api/v1/indicators/kj-kommune/series?by=tjeneste");
  ASSERT_EQ(series.status, 200);
  EXPECT_EQ(series.body.find("avbrutt-"), std::string::npos) << "no row of the killed import was kept";
}

INSTANTIATE_PER_ENGINE(InterruptedJobTest);

}  // namespace
}  // namespace fremdrift::testing
