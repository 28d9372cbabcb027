// Changing indicators, their targets and single measurements through the
// API, on both engines: rules named by field, rights, audit, optimistic
// concurrency, and series that show a single change at once.
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class IndicatorEditApiTest : public ApiTest {
 protected:
  json NewIndicator(const std::string& code) {
    return {{"code", code},       {"name", "Test " + code}, {"unit", "percent"},
            {"direction", "higher_is_better"}, {"period_type", "year"}, {"published", true}};
  }

  // The series values of `code` as {period: value}.
  std::map<std::string, double> SeriesValues(const std::string& code) {
    auto r = server_->Get("/api/v1/indicators/" + code + "/series");
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<std::string, double> out;
    json body = r.Json();
    for (const auto& v : body["values"]) {
      if (v["value"].is_number()) out[v["period"]] = v["value"].get<double>();
    }
    return out;
  }

  std::set<std::string> ProblemFields(const HttpResult& r) {
    std::set<std::string> out;
    json body = r.Json();
    for (const auto& p : body["error"]["problems"]) out.insert(p["field"].get<std::string>());
    return out;
  }
};

TEST_P(IndicatorEditApiTest, CreateChangeAndDeleteAnIndicatorWithAudit) {
  const std::string& token = AdminToken();
  auto created = server_->Send("POST", "/api/v1/indicators", NewIndicator("test-a"), token);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.headers["Location"], "/api/v1/indicators/test-a");
  int64_t version = created.Json()["version"];

  auto changed = server_->Send("PUT", "/api/v1/indicators/test-a",
                               {{"version", version}, {"name", "Renamed"}, {"published", false}}, token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["name"], "Renamed");
  EXPECT_EQ(changed.Json()["unit"], "percent") << "fields left out stay";
  EXPECT_EQ(changed.Json()["version"], version + 1);
  EXPECT_EQ(server_->Get("/api/v1/indicators/test-a").status, 404) << "now internal";

  auto stale = server_->Send("PUT", "/api/v1/indicators/test-a", {{"version", version}, {"name", "Lost"}}, token);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.Json()["error"]["field"], "version");
  EXPECT_EQ(server_->Get("/api/v1/indicators/test-a", token).Json()["name"], "Renamed");

  EXPECT_EQ(server_->Send("DELETE", "/api/v1/indicators/test-a?version=" + std::to_string(version), nullptr, token).status,
            409);
  auto deleted = server_->Send("DELETE", "/api/v1/indicators/test-a?version=" + std::to_string(version + 1),
                               nullptr, token);
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_EQ(server_->Get("/api/v1/indicators/test-a", token).status, 404);

  auto audit = server_->Get("/api/v1/audit?entity=indicator&id=test-a", token).Json();
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0]["action"], "delete");
  EXPECT_EQ(audit[1]["action"], "update");
  EXPECT_EQ(audit[2]["action"], "create");
}

TEST_P(IndicatorEditApiTest, InvalidIndicatorNamesEveryFieldAndWritesNothing) {
  AdminToken();
  std::string before = Export();
  auto r = server_->Send("POST", "/api/v1/indicators",
                         {{"code", "bad code"}, {"unit", "furlongs"}, {"direction", "sideways"},
                          {"period_type", "year"}, {"published", true}, {"kind", "ratio"},
                          {"numerator", "no-such"}, {"denominator", "bad code"}},
                         AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  auto fields = ProblemFields(r);
  for (const char* f : {"code", "name", "unit", "direction", "numerator", "denominator"}) {
    EXPECT_TRUE(fields.count(f)) << f << " in " << r.body;
  }
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorEditApiTest, CodeIsUniqueAndCannotChange) {
  const std::string& token = AdminToken();
  auto dup = server_->Send("POST", "/api/v1/indicators", NewIndicator("bekymret-akutt"), token);
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.Json()["error"]["field"], "code");
  int64_t v = server_->Get("/api/v1/indicators/bekymret-akutt").Json()["version"];
  auto rename = server_->Send("PUT", "/api/v1/indicators/bekymret-akutt", {{"version", v}, {"code", "other"}}, token);
  EXPECT_EQ(rename.status, 400);
  EXPECT_TRUE(ProblemFields(rename).count("code"));
}

TEST_P(IndicatorEditApiTest, ReadersAndAnonymousCallersChangeNothing) {
  std::string reader = server_->AddUserWithToken("leser", "E-helse", Role::kReader);
  AdminToken();
  std::string before = Export();
  EXPECT_EQ(server_->Send("POST", "/api/v1/indicators", NewIndicator("x"), reader).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/indicators", NewIndicator("x")).status, 401);
  json m{{"indicator", "bekymret-akutt"}, {"period", "2030"}, {"value", 5}};
  EXPECT_EQ(server_->Send("POST", "/api/v1/measurements", m, reader).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/measurements", m).status, 401);
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/indicators/bekymret-akutt", nullptr, reader).status, 403);
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorEditApiTest, EditorsMayChangeAnyIndicator) {
  std::string editor = server_->AddUserWithToken("red", "E-helse", Role::kEditor);
  auto r = server_->Send("POST", "/api/v1/indicators", NewIndicator("ed-made"), editor);
  EXPECT_EQ(r.status, 201) << r.body;
}

TEST_P(IndicatorEditApiTest, TargetsAreAddedChangedAndRemovedByNumber) {
  const std::string& token = AdminToken();
  ASSERT_EQ(server_->Send("POST", "/api/v1/indicators", NewIndicator("t-ind"), token).status, 201);
  int64_t v = server_->Get("/api/v1/indicators/t-ind", token).Json()["version"];
  auto added = server_->Send("POST", "/api/v1/indicators/t-ind/targets",
                             {{"version", v}, {"value", 60}, {"by", "2025-12-31"},
                              {"dimensions", {{"tjeneste", "sykehjem"}}}},
                             token);
  ASSERT_EQ(added.status, 201) << added.body;
  ASSERT_EQ(added.Json()["targets"].size(), 1u);
  EXPECT_EQ(added.Json()["targets"][0]["dimensions"]["tjeneste"], "sykehjem");
  v = added.Json()["version"];

  auto bad = server_->Send("PUT", "/api/v1/indicators/t-ind/targets/1",
                           {{"version", v}, {"value", "many"}, {"by", "soon"}}, token);
  EXPECT_EQ(bad.status, 400);
  auto changed = server_->Send("PUT", "/api/v1/indicators/t-ind/targets/1",
                               {{"version", v}, {"value", 80}, {"by", "2026-12-31"}, {"label", "80 %"}}, token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["targets"][0]["value"], 80);
  EXPECT_EQ(server_->Send("PUT", "/api/v1/indicators/t-ind/targets/1",
                          {{"version", v}, {"value", 1}, {"by", "2026-12-31"}}, token).status,
            409) << "stale";
  v = changed.Json()["version"];
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/indicators/t-ind/targets/2?version=" + std::to_string(v), nullptr, token).status,
            404);
  auto removed = server_->Send("DELETE", "/api/v1/indicators/t-ind/targets/1?version=" + std::to_string(v), nullptr, token);
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_TRUE(removed.Json()["targets"].empty());
}

TEST_P(IndicatorEditApiTest, SingleMeasurementChangesShowInTheSeriesAtOnce) {
  const std::string& token = AdminToken();
  const std::string code = "bekymret-akutt";
  auto before = SeriesValues(code);  // also fills the series cache
  ASSERT_FALSE(before.count("2031"));

  auto added = server_->Send("POST", "/api/v1/measurements",
                             {{"indicator", code}, {"period", "2031"}, {"value", 42.5}, {"note", "test"}}, token);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.Json()["version"], 1);
  EXPECT_EQ(SeriesValues(code)["2031"], 42.5);

  auto again = server_->Send("POST", "/api/v1/measurements",
                             {{"indicator", code}, {"period", "2031"}, {"value", 1}}, token);
  EXPECT_EQ(again.status, 409) << "exists already";

  auto changed = server_->Send("PUT", "/api/v1/measurements",
                               {{"indicator", code}, {"period", "2031"}, {"value", 43}, {"version", 1}}, token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["version"], 2);
  EXPECT_EQ(SeriesValues(code)["2031"], 43);

  auto stale = server_->Send("PUT", "/api/v1/measurements",
                             {{"indicator", code}, {"period", "2031"}, {"value", 44}, {"version", 1}}, token);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.Json()["error"]["field"], "version");
  EXPECT_EQ(SeriesValues(code)["2031"], 43);

  auto listed = server_->Get("/api/v1/indicators/" + code + "/measurements", token).Json();
  bool found = false;
  for (const auto& m : listed) found |= m["period"] == "2031" && m["version"] == 2;
  EXPECT_TRUE(found);

  EXPECT_EQ(server_->Send("DELETE", "/api/v1/measurements?indicator=" + code + "&period=2031&version=2", nullptr, token)
                .status,
            204);
  EXPECT_FALSE(SeriesValues(code).count("2031"));
  auto audit = server_->Get("/api/v1/audit?entity=measurement&id=" + code, token).Json();
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0]["action"], "delete");
}

TEST_P(IndicatorEditApiTest, MeasurementWithDimensionsIsNamedByThem) {
  const std::string& token = AdminToken();
  json m{{"indicator", "bekymret-akutt"}, {"period", "2031"}, {"value", 3}, {"dimensions", {{"region", "Nord"}}}};
  ASSERT_EQ(server_->Send("POST", "/api/v1/measurements", m, token).status, 201);
  m["value"] = 4;
  m["version"] = 1;
  m["dimensions"] = {{"region", "Vest"}};
  EXPECT_EQ(server_->Send("PUT", "/api/v1/measurements", m, token).status, 404);
  m["dimensions"] = {{"region", "Nord"}};
  EXPECT_EQ(server_->Send("PUT", "/api/v1/measurements", m, token).status, 200);
  EXPECT_EQ(server_->Send("DELETE",
                          "/api/v1/measurements?indicator=bekymret-akutt&period=2031&dimension=region%3DNord&version=2",
                          nullptr, token)
                .status,
            204);
}

TEST_P(IndicatorEditApiTest, InvalidMeasurementNamesEveryField) {
  auto r = server_->Send("POST", "/api/v1/measurements",
                         {{"indicator", "dho-helsefellesskap-andel"}, {"period", "2022-Q5"}, {"status", "maybe"}},
                         AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  auto fields = ProblemFields(r);
  for (const char* f : {"period", "status", "value", "indicator"}) EXPECT_TRUE(fields.count(f)) << f << r.body;
}

TEST_P(IndicatorEditApiTest, AnImportThatChangesAMeasurementMakesAnOpenEditStale) {
  const std::string& token = AdminToken();
  ASSERT_EQ(server_->Send("POST", "/api/v1/measurements",
                          {{"indicator", "bekymret-akutt"}, {"period", "2031"}, {"value", 10}}, token)
                .status,
            201);
  auto import = HttpRequest(server_->port(), "POST", "/api/v1/measurements:import",
                            "indicator,period,value\nbekymret-akutt,2031,11\n",
                            {{"Authorization", "Bearer " + token}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(import.status, 200) << import.body;
  auto stale = server_->Send("PUT", "/api/v1/measurements",
                             {{"indicator", "bekymret-akutt"}, {"period", "2031"}, {"value", 12}, {"version", 1}},
                             token);
  EXPECT_EQ(stale.status, 409) << stale.body;
}

TEST_P(IndicatorEditApiTest, AnIndicatorOthersReferToCannotBeDeleted) {
  auto r = server_->Send("DELETE", "/api/v1/indicators/dho-helsefellesskap", nullptr, AdminToken());
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(Has(r.body, "dho-helsefellesskap-andel")) << r.body;
}

TEST_P(IndicatorEditApiTest, InternalIndicatorMeasurementsAreHiddenFromThePublic) {
  EXPECT_EQ(server_->Get("/api/v1/indicators/pasientreiser-elektronisk/measurements").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/indicators/pasientreiser-elektronisk/measurements", AdminToken()).status, 200);
}

INSTANTIATE_PER_ENGINE(IndicatorEditApiTest);

}  // namespace
}  // namespace fremdrift::testing
