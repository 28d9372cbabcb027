// Approximate figures over real HTTP, on both engines: the API takes and
// answers a measurement's qualifier and refuses an unknown one by field,
// the series says it, and the public monitor reads the demo's "tilnærmet
// 100 %" as "om lag 100 %" (docs/indicators.md, "Approximate figures").
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class ApproximateFiguresTest : public ApiTest {};

TEST_P(ApproximateFiguresTest, MeasurementKeepsItsQualifierThroughTheApiAndTheSeries) {
  const std::string& token = AdminToken();
  const std::string code = "bekymret-akutt";
  auto added = server_->Send("POST", "/api/v1/measurements",
                             {{"indicator", code}, {"period", "2031"}, {"value", 40}, {"qualifier", "over"}},
                             token);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.Json()["qualifier"], "over");

  auto changed = server_->Send("PUT", "/api/v1/measurements",
                               {{"indicator", code}, {"period", "2031"}, {"value", 40}, {"qualifier", "about"},
                                {"version", 1}},
                               token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["version"], 2) << "a change of qualifier alone is a change";

  auto series = server_->Get("/api/v1/indicators/" + code + "/series").Json();
  bool found = false;
  for (const auto& v : series["values"]) {
    if (v["period"] == "2031") {
      found = true;
      EXPECT_EQ(v["qualifier"], "about");
    }
  }
  EXPECT_TRUE(found) << series.dump();
}

TEST_P(ApproximateFiguresTest, UnknownQualifierIsRefusedByFieldAndWritesNothing) {
  auto r = server_->Send("POST", "/api/v1/measurements",
                         {{"indicator", "bekymret-akutt"}, {"period", "2031"}, {"value", 40},
                          {"qualifier", "roughly"}},
                         AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  json body = r.Json();
  bool named = false;
  for (const auto& p : body["error"]["problems"]) named |= p["field"] == "qualifier";
  EXPECT_TRUE(named) << r.body;
  auto series = server_->Get("/api/v1/indicators/bekymret-akutt/series").Json();
  for (const auto& v : series["values"]) EXPECT_NE(v["period"], "2031");
}

TEST_P(ApproximateFiguresTest, MonitorSaysOmLagInNorwegianAndAboutInEnglish) {
  auto nb = server_->Get("/monitor/indikator/kj-fastlegekontor");
  ASSERT_EQ(nb.status, 200) << nb.body;
  // One value: the page shows the figure and its table, no chart (the
  // chart's open marker is tested in tests/unit/qualified_output_test.cpp).
  EXPECT_TRUE(Has(nb.body, "om lag 100 %")) << "the figure and the table say it";
  auto en = server_->Get("/monitor/indikator/kj-fastlegekontor?lang=en");
  ASSERT_EQ(en.status, 200);
  EXPECT_TRUE(Has(en.body, "about 100")) << "English";
}

TEST_P(ApproximateFiguresTest, DownloadsOfTheDemoSayTheQualifier) {
  auto csv = server_->Get("/api/v1/indicators/kj-fastlegekontor/series.csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_TRUE(Has(csv.body, ",final,about,")) << csv.body;
  auto sdmx = server_->Get("/api/v1/indicators/kj-fastlegekontor/series.sdmx.csv");
  ASSERT_EQ(sdmx.status, 200);
  EXPECT_TRUE(Has(sdmx.body, ",A,ABOUT,")) << sdmx.body;
}

INSTANTIATE_PER_ENGINE(ApproximateFiguresTest);

}  // namespace
}  // namespace fremdrift::testing
