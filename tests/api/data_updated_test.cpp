// "Sist oppdatert" on the monitor is when the figures last changed per the
// source, not when the demo was loaded, over real HTTP on each engine: the
// demo's dates reach the API, the monitor and the bundle; a measurement
// changed afterwards moves it to that time.
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class DataUpdatedTest : public ApiTest {};

TEST_P(DataUpdatedTest, TheMonitorShowsWhenTheSourceChangedTheFigures) {
  EXPECT_EQ(server_->Get("/api/v1/indicators/kj-kommune").Json()["data_updated_at"], "2022-05-19");
  auto page = server_->Get("/monitor/indikator/kj-kommune");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Sist oppdatert: 19.05.2022")) << "not the time the demo was loaded";
  EXPECT_EQ(server_->Get("/api/v1/indicators/nytte-oppfolging").Json()["data_updated_at"], "2023");
  // A source without a date reads as not known.
  EXPECT_TRUE(server_->Get("/api/v1/indicators/vft-mottakere", AdminToken()).Json()["data_updated_at"].is_null());
  EXPECT_TRUE(Has(Export(), "\"data_updated_at\": \"2022-05-19\"")) << "the bundle keeps it";
}

TEST_P(DataUpdatedTest, AChangedMeasurementMovesItToThatTime) {
  auto added = server_->Send("POST", "/api/v1/measurements",
                             {{"indicator", "kj-kommune"}, {"period", "2031"}, {"value", 90},
                              {"dimensions", {{"tjeneste", "sykehjem"}}}},
                             AdminToken());
  ASSERT_EQ(added.status, 201) << added.body;
  std::string when = server_->Get("/api/v1/indicators/kj-kommune").Json()["data_updated_at"];
  EXPECT_EQ(when.size(), 20u) << when;  // 2026-12-05T07:30:00Z
  EXPECT_EQ(when.back(), 'Z');
}

INSTANTIATE_PER_ENGINE(DataUpdatedTest);

}  // namespace
}  // namespace fremdrift::testing
