// The portfolio and roadmap-versions API over HTTP on both engines, with
// the demo dataset: reading, writing with rights and versions, a refused
// dependency cycle, assessments per reporting period, a new roadmap
// version as a copy of the last one, and the comparison of two versions.
#include <gtest/gtest.h>

#include <set>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

class PortfolioApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    admin_ = server_->AddUserWithToken("admin", "E-helse", Role::kAdmin);
    editor_ = server_->AddUserWithToken("kari", "HMN", Role::kEditor);
    other_ = server_->AddUserWithToken("ola", "KS", Role::kEditor);
    reader_ = server_->AddUserWithToken("rita", "KS", Role::kReader);
  }

  int64_t VersionOf(const std::string& key) {
    return server_->Get("/api/v1/portfolio-items/" + key).Json()["version"].get<int64_t>();
  }

  HttpResult SetDependencies(const std::string& key, const nlohmann::json& deps, const std::string& token) {
    return server_->Send("PUT", "/api/v1/portfolio-items/" + key,
                         {{"depends_on", deps}, {"version", VersionOf(key)}}, token);
  }

  std::string admin_, editor_, other_, reader_;
};

TEST_P(PortfolioApiTest, ThePublicReadsTheDemoPortfolio) {
  auto list = server_->Get("/api/v1/portfolio-items").Json();
  ASSERT_EQ(list.size(), 10u);
  auto pds = server_->Get("/api/v1/portfolio-items/program-digital-samhandling").Json();
  EXPECT_EQ(pds["kind"], "programme");
  EXPECT_EQ(pds["status"], "not_assessed");
  EXPECT_EQ(pds["risk"], "not_assessed");
  EXPECT_TRUE(pds["history"].empty());
  std::set<std::string> projects(pds["projects"].begin(), pds["projects"].end());
  EXPECT_TRUE(projects.count("dokumentdeling-kjernejournal"));
  EXPECT_TRUE(projects.count("kritisk-informasjon"));
  auto programmes = server_->Get("/api/v1/portfolio-items?kind=programme").Json();
  EXPECT_EQ(programmes.size(), 2u);
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items?status=green").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items?owner=HMN").Json().size(), 1u) << "Helseplattformen";
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items?owner=XYZ").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items/nope").status, 404);
  auto summary = server_->Get("/api/v1/portfolio").Json();
  EXPECT_EQ(summary["items"], 10);
  EXPECT_EQ(summary["programmes"], 2);
  EXPECT_EQ(summary["by_status"][0]["status"], "not_assessed");
  EXPECT_EQ(summary["by_status"][0]["count"], 10);
}

TEST_P(PortfolioApiTest, ADependencyCycleIsRefusedWith409NamingIt) {
  // Demo: dokumentdeling-kjernejournal depends on kjernejournal-sykehjem-hjemmetjenester.
  ASSERT_EQ(SetDependencies("kjernejournal-sykehjem-hjemmetjenester", {"pasientens-legemiddelliste"}, admin_).status,
            200);
  std::string before = server_->Get("/api/v1/portfolio-items/pasientens-legemiddelliste").body;
  auto r = SetDependencies("pasientens-legemiddelliste", {"dokumentdeling-kjernejournal"}, admin_);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.Json()["error"]["field"], "depends_on");
  std::string message = r.Json()["error"]["message"];
  EXPECT_NE(message.find("dokumentdeling-kjernejournal → kjernejournal-sykehjem-hjemmetjenester → "
                         "pasientens-legemiddelliste → dokumentdeling-kjernejournal"),
            std::string::npos)
      << message;
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items/pasientens-legemiddelliste").body, before) << "nothing changed";
  auto self = SetDependencies("helseplattformen", {"helseplattformen"}, admin_);
  EXPECT_EQ(self.status, 400);
  auto unknown = SetDependencies("helseplattformen", {"finnes-ikke"}, admin_);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.Json()["error"]["field"], "depends_on");
}

TEST_P(PortfolioApiTest, EditorsChangeOnlyTheirOwnOrganisationsItemsAndStaleWritesAreRefused) {
  auto own = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen",
                           {{"forecast_end", "2023-06-30"}, {"planned_end", "2022-12-31"}, {"version", 1}}, editor_);
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.Json()["version"], 2);
  EXPECT_EQ(own.Json()["delayed"], true);
  auto stale = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen", {{"segment", "x"}, {"version", 1}},
                             editor_);
  EXPECT_EQ(stale.status, 409);
  auto other = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen", {{"segment", "x"}, {"version", 2}},
                             other_);
  EXPECT_EQ(other.status, 403);
  auto give_away = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen", {{"owner", "KS"}, {"version", 2}},
                                 editor_);
  EXPECT_EQ(give_away.status, 403) << "an editor must own the item after the change too";
  EXPECT_EQ(server_->Send("POST", "/api/v1/portfolio-items", {{"key", "x"}, {"name", "X"}}, reader_).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/portfolio-items", {{"key", "x"}, {"name", "X"}}).status, 401);
  auto summary = server_->Get("/api/v1/portfolio").Json();
  EXPECT_EQ(summary["delays"][3]["phase"], "innforing");
  EXPECT_EQ(summary["delays"][3]["with_dates"], 1);
  EXPECT_EQ(summary["delays"][3]["delayed"], 1);
  EXPECT_EQ(summary["delays"][3]["share"], 1.0);
}

TEST_P(PortfolioApiTest, AdminsCreateAndDeleteItemsAndEveryChangeIsAudited) {
  auto created = server_->Send("POST", "/api/v1/portfolio-items",
                               {{"key", "ny-persontjeneste"}, {"name", "Ny persontjeneste"}, {"kind", "project"},
                                {"programme", "program-digital-samhandling"}, {"owner", "NHN"}, {"phase", "utvikling"},
                                {"serves_items", {{{"strategy", "nes-2023-2030"}, {"item", "4A"}}}},
                                {"budget_mnok", 12.5}},
                               admin_);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.headers["Location"], "/api/v1/portfolio-items/ny-persontjeneste");
  EXPECT_EQ(created.Json()["budget_mnok"], 12.5);
  EXPECT_EQ(server_->Send("POST", "/api/v1/portfolio-items", {{"key", "ny-persontjeneste"}, {"name", "Igjen"}}, admin_)
                .status,
            409);
  auto bad = server_->Send("POST", "/api/v1/portfolio-items",
                           {{"key", "Ugyldig nøkkel"}, {"name", "X"}, {"programme", "helseplattformen"}}, admin_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_GE(bad.Json()["error"]["problems"].size(), 2u);
  auto audit = server_->Get("/api/v1/audit?entity=portfolio_item", admin_);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_EQ(audit.Json()[0]["action"], "create");
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/portfolio-items/kjernejournal-sykehjem-hjemmetjenester?version=1", nullptr,
                          admin_)
                .status,
            409)
      << "another item depends on it";
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/portfolio-items/ny-persontjeneste?version=1", nullptr, admin_).status,
            204);
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items/ny-persontjeneste").status, 404);
}

TEST_P(PortfolioApiTest, StatusAndRiskAreAssessedPerPeriodAndFrozenOnceApproved) {
  auto put = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q3",
                           {{"status", "at_risk"}, {"status_explanation", "Innføringen er utsatt"}, {"risk", "high"},
                            {"risk_description", "Kapasitet"}},
                           editor_);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.Json()["assessed_by"], "kari");
  EXPECT_EQ(put.Json()["period"], "2023-Q3");
  auto item = server_->Get("/api/v1/portfolio-items/helseplattformen", admin_).Json();
  EXPECT_EQ(item["status"], "at_risk");
  EXPECT_EQ(item["risk"], "high");
  EXPECT_EQ(item["history"].size(), 1u);
  // 2023-Q3 is not published: the public does not see the assessment yet.
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items/helseplattformen").Json()["status"], "not_assessed");
  auto off_scale = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q3",
                                 {{"status", "green"}, {"version", 1}}, editor_);
  EXPECT_EQ(off_scale.status, 400);
  EXPECT_EQ(off_scale.Json()["error"]["field"], "status");
  auto stale = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q3",
                             {{"status", "on_track"}, {"version", 9}}, editor_);
  EXPECT_EQ(stale.status, 409);
  auto other = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q3",
                             {{"status", "on_track"}, {"version", 1}}, other_);
  EXPECT_EQ(other.status, 403);
  auto frozen = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q1",
                              {{"status", "on_track"}}, admin_);
  EXPECT_EQ(frozen.status, 409) << "2023-Q1 is published";
  EXPECT_EQ(server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/1999", {{"status", "on_track"}},
                          admin_)
                .status,
            404);
  auto history = server_->Get("/api/v1/portfolio-items/helseplattformen/assessments", admin_).Json();
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0]["status_explanation"], "Innføringen er utsatt");
}

TEST_P(PortfolioApiTest, ANewRoadmapVersionStartsAsACopyOfTheLast) {
  auto created = server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.3"}, {"date", "2022-10-15"}}, admin_);
  ASSERT_EQ(created.status, 201) << created.body;
  auto copy = created.Json();
  auto original = server_->Get("/api/v1/roadmap-versions/22.2").Json();
  EXPECT_EQ(copy["status"], "draft");
  EXPECT_EQ(copy["based_on"], "22.2");
  EXPECT_EQ(copy["services"], original["services"]);
  EXPECT_EQ(server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.3"}}, admin_).status, 409);
  EXPECT_EQ(server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.4"}}, editor_).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.4"}, {"from", "9.9"}}, admin_).status, 400);
  auto list = server_->Get("/api/v1/roadmap-versions").Json();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[1]["code"], "22.3");
}

TEST_P(PortfolioApiTest, ComparingVersionsListsWhatSlipped) {
  ASSERT_EQ(server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.3"}}, admin_).status, 201);
  auto v = server_->Get("/api/v1/roadmap-versions/22.3").Json();
  auto& actions = v["services"][3]["actions"];
  ASSERT_EQ(actions[5]["key"], "helse-vest");
  actions[5]["end"] = "2027";
  actions.erase(actions.size() - 1);
  v.erase("id");
  auto put = server_->Send("PUT", "/api/v1/roadmap-versions/22.3", v, admin_);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(server_->Send("PUT", "/api/v1/roadmap-versions/22.3", v, admin_).status, 409) << "stale version";
  auto diff = server_->Get("/api/v1/roadmap-versions/compare?from=22.2&to=22.3").Json();
  const auto& docs = diff["services"][3];
  ASSERT_EQ(docs["key"], "journaldokumenter");
  ASSERT_EQ(docs["changes"].size(), 2u);
  EXPECT_EQ(docs["changes"][0]["kind"], "moved_later");
  EXPECT_EQ(docs["changes"][0]["key"], "helse-vest");
  EXPECT_EQ(docs["changes"][0]["shift"]["amount"], 2);
  EXPECT_EQ(docs["changes"][0]["shift"]["unit"], "years");
  EXPECT_EQ(docs["changes"][1]["kind"], "removed");
  EXPECT_EQ(server_->Get("/api/v1/roadmap-versions/compare?from=22.2").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/roadmap-versions/compare?from=21.9&to=22.3").status, 404);
  // Publishing freezes the version.
  v["version"] = put.Json()["version"];
  v["status"] = "published";
  ASSERT_EQ(server_->Send("PUT", "/api/v1/roadmap-versions/22.3", v, admin_).status, 200);
  v["version"] = v["version"].get<int>() + 1;
  auto frozen = server_->Send("PUT", "/api/v1/roadmap-versions/22.3", v, admin_);
  EXPECT_EQ(frozen.status, 409);
  auto bad = v;
  bad["code"] = "22.2";
  bad["services"][0]["actions"] = {{{"key", "x"}, {"what", ""}, {"start", "2025"}, {"end", "2023"}}};
  EXPECT_EQ(server_->Send("PUT", "/api/v1/roadmap-versions/22.2", bad, admin_).status, 400);
}

INSTANTIATE_PER_ENGINE(PortfolioApiTest);

}  // namespace
}  // namespace fremdrift::testing
