// Two real `fremdrift serve` processes on one PostgreSQL database: what
// one writes the other reads at once, and two updates from the same stale
// version give exactly one success and one 409, whichever server gets
// which. Skipped without FREMDRIFT_TEST_PG_ADMIN_URL.
#include <gtest/gtest.h>

#include <iostream>
#include <latch>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/child_process.h"
#include "support/test_database.h"
#include "support/test_server.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class TwoServersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!EngineAvailable(Engine::kPostgres)) {
      GTEST_SKIP() << "PostgreSQL not available: set FREMDRIFT_TEST_PG_ADMIN_URL";
    }
    db_ = std::make_unique<TempDatabase>(Engine::kPostgres);
    Cli({"import", "--db", db_->url(), std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"});
    Cli({"user", "add", "--db", db_->url(), "--name", "kari", "--org", "Hdir", "--role",
         "editor"});
    token_ = Cli({"token", "create", "--db", db_->url(), "--name", "kari"}).out;
    while (!token_.empty() && (token_.back() == '\n' || token_.back() == '\r')) token_.pop_back();
    ASSERT_EQ(token_.rfind("fr_", 0), 0u) << token_;
    a_ = std::make_unique<ServerProcess>(db_->url());
    b_ = std::make_unique<ServerProcess>(db_->url());
  }

  void TearDown() override {
    if (HasFailure()) {
      for (const auto* s : {a_.get(), b_.get()}) {
        if (s) std::cerr << "--- log of server on port " << s->port() << ":\n" << s->Log();
      }
    }
    // Servers first, so that their connections are gone before the drop.
    a_.reset();
    b_.reset();
    db_.reset();
  }

  CommandResult Cli(const std::vector<std::string>& args) {
    auto r = RunFremdrift(args);
    EXPECT_EQ(r.exit_code, 0) << args[0] << ": " << r.err;
    return r;
  }

  HttpResult Get(const ServerProcess& s, const std::string& path) {
    return HttpRequest(s.port(), "GET", path);
  }

  HttpResult Send(const ServerProcess& s, const std::string& method, const std::string& path,
                  const json& body) {
    return HttpRequest(s.port(), method, path, body.dump(),
                       {{"Authorization", "Bearer " + token_}});
  }

  // The ids of the demo's 42 deliverables, read through server A.
  std::vector<int64_t> DeliverableIds() {
    std::vector<int64_t> out;
    for (const auto& i : Get(*a_, "/api/v1/items?strategy=nes-2023-2030&level=4").Json()) {
      out.push_back(i["id"]);
    }
    return out;
  }

  std::unique_ptr<TempDatabase> db_;
  std::string token_;
  std::unique_ptr<ServerProcess> a_, b_;
};

TEST_F(TwoServersTest, BothServersRunAsSeparateProcesses) {
  EXPECT_NE(a_->pid(), b_->pid());
  EXPECT_NE(a_->port(), b_->port());
  EXPECT_EQ(Get(*a_, "/healthz").status, 200);
  EXPECT_EQ(Get(*b_, "/healthz").status, 200);
}

TEST_F(TwoServersTest, ChangeThroughOneIsReadBackThroughTheOther) {
  std::string path = "/api/v1/items/" + std::to_string(DeliverableIds().at(0));
  json before = Get(*b_, path).Json();  // B has read (and could have cached) it
  auto put = Send(*a_, "PUT", path, {{"title", "Endret via A"}, {"version", before["version"]}});
  ASSERT_EQ(put.status, 200) << put.body;
  json after = Get(*b_, path).Json();
  EXPECT_EQ(after["title"], "Endret via A");
  EXPECT_EQ(after["version"], before["version"].get<int64_t>() + 1);

  // And the other way round, with a new item.
  auto created = Send(*b_, "POST", "/api/v1/items",
                      {{"strategy", "nes-2023-2030"}, {"parent", "4B-t1"}, {"key", "via-b"},
                       {"title", "Opprettet via B"}, {"owners", {"Hdir"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto read = Get(*a_, created.headers["Location"]);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.Json()["title"], "Opprettet via B");
  EXPECT_EQ(Get(*a_, "/api/v1/items?strategy=nes-2023-2030&level=4").Json().size(), 43u);

  // A delete through A is seen by B.
  ASSERT_EQ(Send(*a_, "DELETE", created.headers["Location"], nullptr).status, 204);
  EXPECT_EQ(Get(*b_, created.headers["Location"]).status, 404);
}

TEST_F(TwoServersTest, ConcurrentUpdatesFromSameVersionGiveOneSuccessAndOneConflict) {
  auto ids = DeliverableIds();
  ASSERT_GE(ids.size(), 8u);
  // Several rounds, so that each server wins some and the race is real.
  for (size_t round = 0; round < 8; ++round) {
    std::string path = "/api/v1/items/" + std::to_string(ids[round]);
    json item = Get(*a_, path).Json();
    int64_t version = item["version"];
    HttpResult via_a, via_b;
    std::latch start(2);
    std::thread ta([&] {
      start.arrive_and_wait();
      via_a = Send(*a_, "PUT", path, {{"title", "Fra A"}, {"version", version}});
    });
    std::thread tb([&] {
      start.arrive_and_wait();
      via_b = Send(*b_, "PUT", path, {{"title", "Fra B"}, {"version", version}});
    });
    ta.join();
    tb.join();

    std::multiset<int> statuses = {via_a.status, via_b.status};
    ASSERT_EQ(statuses, (std::multiset<int>{200, 409}))
        << "round " << round << ": A " << via_a.status << " " << via_a.body << "; B "
        << via_b.status << " " << via_b.body;
    const HttpResult& loser = via_a.status == 409 ? via_a : via_b;
    EXPECT_EQ(loser.Json()["error"]["code"], "conflict");
    EXPECT_EQ(loser.Json()["error"]["field"], "version");
    // The winner's change is what both servers now show.
    std::string winner = via_a.status == 200 ? "Fra A" : "Fra B";
    for (const ServerProcess* s : {a_.get(), b_.get()}) {
      json now = Get(*s, path).Json();
      EXPECT_EQ(now["title"], winner);
      EXPECT_EQ(now["version"], version + 1);
    }
  }
  // Exactly one audit entry per successful update.
  auto audit = HttpRequest(a_->port(), "GET", "/api/v1/audit?entity=plan_item&id=" +
                                                  std::to_string(ids[0]),
                           "", {{"Authorization", "Bearer " + token_}});
  ASSERT_EQ(audit.status, 200);
  size_t updates = 0;
  for (const auto& e : audit.Json()) updates += e["action"] == "update";
  EXPECT_EQ(updates, 1u);
}

}  // namespace
}  // namespace fremdrift::testing
