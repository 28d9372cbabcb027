// Cost sharing over HTTP on both engines with the demo dataset (the NUIT 3/22 papers,
// case 22/22): the years, the 2022 table with the published figures, CSV
// and XLSX downloads, and admin writes that are authorised, audited,
// versioned (409 when stale) and refused whole when invalid.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "support/api_fixture.h"
#include "support/xlsx_sheets.h"

namespace fremdrift::testing {
namespace {

class CostSharingApiTest : public ApiTest {
 protected:
  std::string EditorToken() {
    if (editor_.empty()) editor_ = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    return editor_;
  }
  std::string editor_;
};

TEST_P(CostSharingApiTest, OverviewListsYearsGroupsAndSolutions) {
  auto r = server_->Get("/api/v1/cost-sharing");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  ASSERT_EQ(j["years"].size(), 3u);
  EXPECT_EQ(j["years"][1]["year"], 2022);
  EXPECT_EQ(j["years"][1]["url"], "/api/v1/cost-sharing/2022");
  EXPECT_EQ(j["groups"][0]["key"], "rhf");
  EXPECT_EQ(j["solutions"].size(), 4u);
  EXPECT_EQ(j["solutions"][3]["name"], "Helsenorge");
}

TEST_P(CostSharingApiTest, The2022TableGivesThePublishedFigures) {
  auto r = server_->Get("/api/v1/cost-sharing/2022");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  EXPECT_EQ(j["totals"]["display"]["shares"]["rhf"], "284.6");
  EXPECT_EQ(j["totals"]["display"]["shares"]["kommuner"], "269.0");
  EXPECT_EQ(j["totals"]["display"]["shares"]["apotek"], "13.7");
  EXPECT_DOUBLE_EQ(j["totals"]["shares"]["rhf"].get<double>(), 284.635);
  EXPECT_DOUBLE_EQ(j["totals"]["cost"].get<double>(), 567.4);
  EXPECT_DOUBLE_EQ(j["totals"]["change"].get<double>(), 41);
  auto hn = j["rows"][3];
  EXPECT_EQ(hn["solution"], "helsenorge");
  EXPECT_EQ(hn["method"], "growth");
  EXPECT_DOUBLE_EQ(hn["key"]["rhf"].get<double>(), 60);
  EXPECT_EQ(hn["display"]["shares"]["rhf"], "137.8");
  EXPECT_EQ(hn["display"]["shares"]["kommuner"], "126.2");
  EXPECT_FALSE(j["rounding"].get<std::string>().empty());
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/2023").Json()["totals"]["display"]["cost"], "602.4");
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/1999").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/abcd").status, 404);
}

TEST_P(CostSharingApiTest, CsvAndXlsxDownloadsHoldTheTable) {
  auto csv = server_->Get("/api/v1/cost-sharing/years/2022/table.csv?lang=en");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.headers["Content-Type"], "text/csv; charset=utf-8");
  EXPECT_EQ(csv.headers["Content-Disposition"], "attachment; filename=\"kostnadsdeling-2022.csv\"");
  EXPECT_NE(csv.body.find("\r\nTotal,567.4,41.0,284.6,269.0,13.7\r\n"), std::string::npos) << csv.body;
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/years/2022/table.csv?sep=tab").status, 400);

  auto xlsx = server_->Get("/api/v1/cost-sharing/years/2022/table.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  ASSERT_EQ(xlsx.body.substr(0, 4), std::string("PK\x03\x04", 4));
  auto x = ReadXlsx(xlsx.body);
  if (x.is_null()) GTEST_SKIP() << "python3 not available";
  EXPECT_EQ(x["sheets"][0], "Kostnadsdeling 2022");
  ASSERT_EQ(x["data"].size(), 6u);
  EXPECT_EQ(x["data"][4]["A"], "Helsenorge");
  EXPECT_DOUBLE_EQ(x["data"][4]["D"].get<double>(), 137.8);
  EXPECT_EQ(x["data"][5]["A"], "Sum");
  EXPECT_DOUBLE_EQ(x["data"][5]["D"].get<double>(), 284.635);
}

TEST_P(CostSharingApiTest, AdminsWriteYearsWithVersionsAndAudit) {
  const std::string path = "/api/v1/cost-sharing/solutions/helsenorge/years/2024";
  nlohmann::json body = {{"method", "growth"}, {"change", 10.5}, {"key", {{"rhf", 50}, {"kommuner", 50}}}};
  EXPECT_EQ(server_->Send("PUT", path, body).status, 401);
  EXPECT_EQ(server_->Send("PUT", path, body, EditorToken()).status, 403);
  const std::string admin = AdminToken();  // before counting: making a user is audited too
  size_t audits = AuditCount();
  auto created = server_->Send("PUT", path, body, AdminToken());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Json()["version"], 1);
  EXPECT_DOUBLE_EQ(created.Json()["change"].get<double>(), 10.5);
  EXPECT_EQ(AuditCount(), audits + 1);
  auto table = server_->Get("/api/v1/cost-sharing/2024").Json();
  EXPECT_EQ(table["rows"][0]["display"]["cost"], "302.5");

  auto stale = server_->Send("PUT", path, body, AdminToken());  // no version
  EXPECT_EQ(stale.status, 409) << stale.body;
  body["version"] = 1;
  body["change"] = 11;
  EXPECT_EQ(server_->Send("PUT", path, body, AdminToken()).status, 200);
  auto again = server_->Send("PUT", path, body, AdminToken());
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.Json()["error"]["field"], "version");
  EXPECT_EQ(server_->Get(path).Json()["version"], 2);

  auto del = server_->Send("DELETE", path + "?version=2", nullptr, AdminToken());
  EXPECT_EQ(del.status, 204) << del.body;
  EXPECT_EQ(server_->Get(path).status, 404);
}

TEST_P(CostSharingApiTest, InvalidWritesNameTheFieldAndChangeNothing) {
  AdminToken();  // the user exists before the "nothing changed" snapshot
  std::string before = Export();
  const std::string path = "/api/v1/cost-sharing/solutions/kjernejournal/years/2024";
  auto bad_key = server_->Send("PUT", path,
                               {{"method", "growth"}, {"change", 1}, {"key", {{"rhf", 55}, {"kommuner", 40}}}},
                               AdminToken());
  EXPECT_EQ(bad_key.status, 400);
  EXPECT_EQ(bad_key.Json()["error"]["field"], "key");
  auto unknown_group = server_->Send("PUT", path,
                                     {{"method", "growth"}, {"change", 1}, {"key", {{"nav", 100}}}},
                                     AdminToken());
  EXPECT_EQ(unknown_group.Json()["error"]["field"], "key.nav");
  auto gap = server_->Send("PUT", "/api/v1/cost-sharing/solutions/kjernejournal/years/2026",
                           {{"method", "growth"}, {"change", 1}, {"key", {{"rhf", 100}}}}, AdminToken());
  EXPECT_EQ(gap.status, 400);
  EXPECT_EQ(gap.Json()["error"]["field"], "year");
  auto three_decimals = server_->Send(
      "PUT", path, {{"method", "growth"}, {"change", 1.0001}, {"key", {{"rhf", 100}}}}, AdminToken());
  EXPECT_EQ(three_decimals.Json()["error"]["field"], "change");
  auto depended_on = server_->Send("DELETE", "/api/v1/cost-sharing/solutions/kjernejournal/years/2021?version=1",
                                   nullptr, AdminToken());
  EXPECT_EQ(depended_on.status, 409);
  EXPECT_EQ(server_->Send("PUT", "/api/v1/cost-sharing/solutions/nosuch/years/2024",
                          {{"method", "growth"}, {"change", 1}, {"key", {{"rhf", 100}}}}, AdminToken())
                .status,
            404);
  EXPECT_EQ(Export(), before);
}

TEST_P(CostSharingApiTest, AdminsAddSolutionsAndGroups) {
  auto g = server_->Send("PUT", "/api/v1/cost-sharing/groups/nav", {{"name", "NAV"}, {"sort_order", 4}},
                         AdminToken());
  ASSERT_EQ(g.status, 201) << g.body;
  auto s = server_->Send("PUT", "/api/v1/cost-sharing/solutions/helsedata",
                         {{"name", "Helsedata"}, {"sort_order", 5}, {"source", "test"}}, AdminToken());
  ASSERT_EQ(s.status, 201) << s.body;
  auto year = server_->Send("PUT", "/api/v1/cost-sharing/solutions/helsedata/years/2023",
                            {{"method", "opening"}, {"opening_shares", {{"nav", 2}, {"rhf", 3.5}}}}, AdminToken());
  ASSERT_EQ(year.status, 201) << year.body;
  auto t = server_->Get("/api/v1/cost-sharing/2023").Json();
  EXPECT_EQ(t["groups"].size(), 4u);
  EXPECT_EQ(t["totals"]["display"]["shares"]["nav"], "2.0");
  auto solution = server_->Get("/api/v1/cost-sharing/solutions/helsedata").Json();
  EXPECT_EQ(solution["years"][0]["method"], "opening");
  auto rename = server_->Send("PUT", "/api/v1/cost-sharing/solutions/helsedata", {{"name", "Helsedata.no"}},
                              AdminToken());
  EXPECT_EQ(rename.status, 409);  // no version
  rename = server_->Send("PUT", "/api/v1/cost-sharing/solutions/helsedata",
                         {{"name", "Helsedata.no"}, {"version", 1}}, AdminToken());
  EXPECT_EQ(rename.status, 200);
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/solutions").Json()[4]["name"], "Helsedata.no");
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/groups").Json()[3]["key"], "nav");
}

// The property names of a schema in docs/openapi.json, following $ref and
// allOf: `required` ones or all declared ones.
std::set<std::string> SchemaFields(const nlohmann::json& doc, const nlohmann::json& schema, bool required) {
  std::set<std::string> out;
  if (schema.contains("$ref")) {
    std::string ref = schema["$ref"];
    return SchemaFields(doc, doc.at(nlohmann::json::json_pointer(ref.substr(1))), required);
  }
  if (required && schema.contains("required")) {
    for (const auto& f : schema["required"]) out.insert(f.get<std::string>());
  }
  if (!required && schema.contains("properties")) {
    for (const auto& [k, v] : schema["properties"].items()) out.insert(k);
  }
  for (const auto& part : schema.value("allOf", nlohmann::json::array())) {
    auto more = SchemaFields(doc, part, required);
    out.insert(more.begin(), more.end());
  }
  return out;
}

TEST_P(CostSharingApiTest, ResponsesHaveTheFieldsOpenApiDocuments) {
  std::ifstream in(std::string(FREMDRIFT_SOURCE_DIR) + "/docs/openapi.json");
  std::stringstream text;
  text << in.rdbuf();
  auto doc = nlohmann::json::parse(text.str());
  auto expect = [&](const nlohmann::json& value, const std::string& name) {
    const auto& schema = doc["components"]["schemas"][name];
    std::set<std::string> keys;
    for (const auto& [k, v] : value.items()) keys.insert(k);
    for (const auto& k : SchemaFields(doc, schema, true)) EXPECT_TRUE(keys.count(k)) << name << " lacks " << k;
    auto declared = SchemaFields(doc, schema, false);
    for (const auto& k : keys) EXPECT_TRUE(declared.count(k)) << name << " does not declare " << k;
  };
  auto overview = server_->Get("/api/v1/cost-sharing").Json();
  expect(overview, "CostSharingOverview");
  expect(overview["groups"][0], "CostGroup");
  expect(overview["solutions"][0], "NationalSolution");
  auto table = server_->Get("/api/v1/cost-sharing/2023").Json();
  expect(table, "CostTable");
  expect(table["rows"][0], "CostTableRow");
  auto solution = server_->Get("/api/v1/cost-sharing/solutions/e-resept").Json();
  expect(solution, "NationalSolutionWithYears");
  for (const auto& year : solution["years"]) expect(year, "SolutionYear");
}

INSTANTIATE_PER_ENGINE(CostSharingApiTest);

}  // namespace
}  // namespace fremdrift::testing
