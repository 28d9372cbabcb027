// Answers kept in memory are never stale, over real HTTP on each engine:
// a series or a public page asked for again and again, the same bytes
// every time (so answered from memory, web/inline_answer_memo.h), shows a
// measurement added between two asks at once.
#include <atomic>
#include <thread>
#include <vector>

#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class AnswersFromMemoryTest : public ApiTest {
 protected:
  void AddMeasurementIn2031() {
    auto added = server_->Send("POST", "/api/v1/measurements",
                               {{"indicator", "kj-kommune"}, {"period", "2031"}, {"value", 90},
                                {"dimensions", {{"tjeneste", "sykehjem"}}}},
                               AdminToken());
    ASSERT_EQ(added.status, 201) << added.body;
  }
};

bool Holds2031(const json& series) {
  for (const auto& v : series["values"]) {
    if (v["period"] == "2031" && v["group"] == "sykehjem") return v["value"] == 90;
  }
  return false;
}

TEST_P(AnswersFromMemoryTest, ASeriesAskedForAgainShowsAMeasurementAddedBetween) {
  const std::string path = "/api/v1/indicators/kj-kommune/series?by=tjeneste&engine=" + EngineName(GetParam());
  auto first = server_->Get(path);
  ASSERT_EQ(first.status, 200) << first.body;
  for (int i = 0; i < 3; ++i) {
    auto again = server_->Get(path);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.headers["ETag"], first.headers["ETag"]);
  }
  EXPECT_FALSE(Holds2031(first.Json()));
  AddMeasurementIn2031();
  auto after = server_->Get(path);
  ASSERT_EQ(after.status, 200);
  EXPECT_TRUE(Holds2031(after.Json())) << after.body;
  EXPECT_NE(after.headers["ETag"], first.headers["ETag"]);
}

TEST_P(AnswersFromMemoryTest, APublicPageAskedForAgainShowsAMeasurementAddedBetween) {
  const std::string path = "/monitor/indikator/kj-kommune";
  for (int i = 0; i < 4; ++i) {
    auto page = server_->Get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Has(page.body, "Sist oppdatert: 19.05.2022"));
  }
  AddMeasurementIn2031();
  auto page = server_->Get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page.body, "Sist oppdatert: 19.05.2022")) << "the figures changed today";
  EXPECT_TRUE(Has(page.body, "Sist oppdatert: ")) << page.body;
}

// With `token` ("" for none), eight readers keep asking for a series
// while a client adds 25 measurements with `writer`, each asked for at
// once with `token`: every one is in the next read.
void EveryAcknowledgedMeasurementIsInTheNextRead(TestServer& server, const std::string& path,
                                                 const std::string& token, const std::string& writer) {
  std::atomic<bool> stop{false};
  std::atomic<int> reads{0}, failed{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 8; ++r) {
    readers.emplace_back([&] {
      while (!stop) {
        if (server.Get(path, token).status != 200) ++failed;
        ++reads;
      }
    });
  }
  auto holds = [](const json& series, const std::string& period) {
    for (const auto& v : series["values"]) {
      if (v["period"] == period && v["group"] == "sykehjem") return true;
    }
    return false;
  };
  for (int k = 0; k < 25; ++k) {
    const std::string period = std::to_string(2031 + k);
    auto added = server.Send("POST", "/api/v1/measurements",
                             {{"indicator", "kj-kommune"}, {"period", period}, {"value", 90},
                              {"dimensions", {{"tjeneste", "sykehjem"}}}},
                             writer);
    ASSERT_EQ(added.status, 201) << added.body;
    auto series = server.Get(path, token);
    ASSERT_EQ(series.status, 200);
    EXPECT_TRUE(holds(series.Json(), period)) << "measurement " << k << " is missing from the next read";
  }
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(failed, 0);
  EXPECT_GT(reads, 25) << "the readers kept the server busy";
}

// Under load, requests share what the database answered the ones around
// them (storage/recent_reads.h). A client that adds a measurement and
// then asks for the series sees it, however busy the others keep the
// server with the same series.
TEST_P(AnswersFromMemoryTest, UnderLoadEveryAcknowledgedMeasurementIsInTheNextRead) {
  EveryAcknowledgedMeasurementIsInTheNextRead(
      *server_, "/api/v1/indicators/kj-kommune/series?by=tjeneste&engine=" + EngineName(GetParam()), "",
      AdminToken());
}

// Signed in, identical requests queued together share one answer
// (web/shared_answers.h): the one asked right after a write is still made
// after it.
TEST_P(AnswersFromMemoryTest, UnderLoadASignedInReaderSeesEveryAcknowledgedMeasurementInTheNextRead) {
  EveryAcknowledgedMeasurementIsInTheNextRead(
      *server_, "/api/v1/indicators/kj-kommune/series?by=tjeneste&engine=" + EngineName(GetParam()),
      AdminToken(), AdminToken());
}

INSTANTIATE_PER_ENGINE(AnswersFromMemoryTest);

}  // namespace
}  // namespace fremdrift::testing
