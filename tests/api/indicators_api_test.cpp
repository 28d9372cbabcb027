// The indicator API over HTTP with the demo dataset, on both engines:
// figures from the sources come back, internal indicators stay hidden,
// series answer 304 to a matching ETag, and measurements can be imported.
#include <gtest/gtest.h>

#include <cmath>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "support/api_fixture.h"
#include "support/job_wait.h"

namespace fremdrift::testing {
namespace {

class IndicatorsApiTest : public ApiTest {
 protected:

  // The value of `group` in `period` in a series response, or NaN.
  static double ValueAt(const nlohmann::json& series, const std::string& period,
                        const std::string& group = "") {
    for (const auto& v : series["values"]) {
      if (v["period"] == period && v["group"] == group) return v["value"];
    }
    return std::nan("");
  }

};

TEST_P(IndicatorsApiTest, SourceFiguresComeBackThroughTheApi) {
  auto kj = server_->Get("/api/v1/indicators/kj-kommune/series?by=tjeneste").Json();
  EXPECT_EQ(ValueAt(kj, "2022-04", "sykehjem"), 28);
  EXPECT_EQ(ValueAt(kj, "2020", "legevakt"), 100);
  EXPECT_EQ(ValueAt(kj, "2021", "fastlege"), 91);
  ASSERT_FALSE(kj["achievement"].empty());
  EXPECT_EQ(kj["achievement"][0]["status"], "off_track");
  EXPECT_EQ(kj["achievement"][0]["target"]["value"], 60);

  std::string token = server_->AddUserWithToken("analytiker", "Hdir", Role::kReader);
  auto logins = server_->Get("/api/v1/indicators/helsenorge-innlogginger/series", token).Json();
  EXPECT_EQ(ValueAt(logins, "2017"), 7000000);
  EXPECT_EQ(ValueAt(logins, "2020"), 43000000);
  auto vft = server_->Get("/api/v1/indicators/vft-mottakere/series", token).Json();
  EXPECT_EQ(ValueAt(vft, "2017"), 95718);
  EXPECT_EQ(ValueAt(vft, "2024"), 133731);
}

TEST_P(IndicatorsApiTest, InternalIndicatorsAreHiddenFromThePublic) {
  auto list = server_->Get("/api/v1/indicators").Json();
  for (const auto& i : list) EXPECT_TRUE(i["published"].get<bool>()) << i["code"];
  EXPECT_EQ(server_->Get("/api/v1/indicators/helsenorge-innlogginger").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/indicators/helsenorge-innlogginger/series").status, 404);
  std::string token = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  EXPECT_EQ(server_->Get("/api/v1/indicators/helsenorge-innlogginger", token).status, 200);
  EXPECT_GT(server_->Get("/api/v1/indicators", token).Json().size(), list.size());
}

// The list keeps each indicator's text while it is unchanged
// (web/indicator_json_text.h), side by side for callers who see different
// served items: every listed indicator is still, field for field, the
// document GET /api/v1/indicators/{code} makes afresh for the same caller,
// and a new figure shows in the list at once.
TEST_P(IndicatorsApiTest, TheListIsWhatEachIndicatorsOwnDocumentSaysForEveryCaller) {
  {
    auto lease = server_->pool().Acquire();
    ImportBundle(*lease, {ParseBundleText("list-test.json", R"({"format": "fremdrift-bundle", "version": 1,
      "strategies": [{"key": "skjult-plan", "name": "Skjult plan", "period_start": 2024, "period_end": 2030,
                      "published": false, "level_names": ["Mål"],
                      "items": [{"key": "S1", "code": "S1", "level": 1, "parent": null, "title": "Skjult mål"}]}],
      "indicators": [{"code": "liste-test", "name": "Listetest", "unit": "count", "direction": "higher_is_better",
                      "period_type": "year", "published": true,
                      "serves": [{"strategy": "nes-2023-2030", "item": "1"}, {"strategy": "skjult-plan", "item": "S1"}]}]})")},
                 "test");
  }
  const std::string reader = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  const std::string editor = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  auto check = [&](const std::string& token) {
    SCOPED_TRACE(token.empty() ? "anonymous" : "signed in");
    auto list = server_->Get("/api/v1/indicators", token);
    EXPECT_EQ(list.status, 200);
    nlohmann::json listed = list.Json();
    EXPECT_FALSE(listed.empty());
    nlohmann::json mine;
    for (const auto& i : listed) {
      const std::string code = i["code"];
      EXPECT_EQ(i, server_->Get("/api/v1/indicators/" + code, token).Json()) << code;
      if (code == "liste-test") mine = i;
    }
    return mine;
  };
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(check("")["serves"].size(), 1u);  // the hidden strategy's item is not named
    EXPECT_EQ(check(reader)["serves"].size(), 2u);
  }
  const nlohmann::json before = check("");
  auto added = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import",
                           "indicator,period,value\nliste-test,2024,7\n",
                           {{"Authorization", "Bearer " + editor}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(added.status, 200) << added.body;
  for (const std::string& token : {std::string(), reader}) {
    const nlohmann::json after = check(token);
    EXPECT_GT(after["version"].get<int64_t>(), before["version"].get<int64_t>());
    EXPECT_FALSE(after["data_updated_at"].is_null());
  }
}

TEST_P(IndicatorsApiTest, SeriesAnswers304ToAMatchingEtagAndChangesAfterAnImport) {
  auto first = server_->Get("/api/v1/indicators/kj-kommune/series?by=tjeneste");
  ASSERT_EQ(first.status, 200);
  std::string etag = first.headers["ETag"];
  ASSERT_FALSE(etag.empty());
  auto again = HttpRequest(server_->port(), "GET", "/api/v1/indicators/kj-kommune/series?by=tjeneste", "",
                           {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());

  std::string token = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  auto imported = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import",
                              "indicator,period,value,tjeneste\nkj-kommune,2022-08,31,sykehjem\n",
                              {{"Authorization", "Bearer " + token}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(imported.Json()["imported"], 1);
  auto after = HttpRequest(server_->port(), "GET", "/api/v1/indicators/kj-kommune/series?by=tjeneste", "",
                           {{"If-None-Match", etag}});
  EXPECT_EQ(after.status, 200);
  EXPECT_EQ(ValueAt(after.Json(), "2022-08", "sykehjem"), 31);
}

TEST_P(IndicatorsApiTest, ImportThroughTheApiNeedsATokenAndReportsConflicts) {
  std::string csv = "indicator,period,value\nkj-kommune,2022-13,1\n";
  auto anonymous = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import", csv,
                               {{"Content-Type", "text/csv"}});
  EXPECT_EQ(anonymous.status, 401);
  std::string reader = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  EXPECT_EQ(HttpRequest(server_->port(), "POST", "/api/v1/measurements:import", csv,
                        {{"Authorization", "Bearer " + reader}, {"Content-Type", "text/csv"}})
                .status,
            403);
  std::string editor = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  auto bad = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import", csv,
                         {{"Authorization", "Bearer " + editor}, {"Content-Type", "text/csv"}});
  EXPECT_EQ(bad.status, 409);
  EXPECT_EQ(bad.Json()["status"], "error");
  EXPECT_EQ(bad.Json()["conflicts"][0]["line"], 2);
  EXPECT_EQ(bad.Json()["conflicts"][0]["column"], "period");
  auto dry = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import?dry_run=true",
                         "indicator,period,value\nkj-kommune,2022-09,1\n",
                         {{"Authorization", "Bearer " + editor}, {"Content-Type", "text/csv"}});
  EXPECT_EQ(dry.Json()["status"], "dry_run");
  EXPECT_TRUE(std::isnan(ValueAt(server_->Get("/api/v1/indicators/kj-kommune/series").Json(), "2022-09")));
}

TEST_P(IndicatorsApiTest, AsyncImportRunsAsAJobThatCanBePolled) {
  std::string editor = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  auto started = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import?async=true",
                             "indicator,period,value,tjeneste\nkj-kommune,2022-10,33,sykehjem\n",
                             {{"Authorization", "Bearer " + editor}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(started.status, 202) << started.body;
  std::string location = started.headers["Location"];
  nlohmann::json job = WaitForJob(*server_, location, editor, {"done", "failed"});
  EXPECT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["result"]["imported"], 1);
  EXPECT_EQ(ValueAt(server_->Get("/api/v1/indicators/kj-kommune/series?by=tjeneste").Json(), "2022-10",
                    "sykehjem"),
            33);
}

TEST_P(IndicatorsApiTest, BadSeriesParametersAreRefusedNamingThem) {
  auto by = server_->Get("/api/v1/indicators/kj-kommune/series?by=fylke");
  EXPECT_EQ(by.status, 400);
  EXPECT_EQ(by.Json()["error"]["field"], "by");
  EXPECT_EQ(server_->Get("/api/v1/indicators/kj-kommune/series?from=2022-Q5").Json()["error"]["field"], "from");
  EXPECT_EQ(server_->Get("/api/v1/indicators/kj-kommune/series?period_type=decade").Json()["error"]["field"],
            "period_type");
}

INSTANTIATE_PER_ENGINE(IndicatorsApiTest);

}  // namespace
}  // namespace fremdrift::testing
