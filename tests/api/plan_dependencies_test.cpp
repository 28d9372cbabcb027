// Dependencies between plan items over real HTTP, on both engines: the
// demo's links as the sources state them, the API's rules (known keys, no
// cycle, rights, audit), the item page's two lists and the roadmap's mark
// for an item whose predecessor ends after it starts
// (docs/strategy-model.md, "Dependencies between plan items").
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class PlanDependenciesTest : public ApiTest {
 protected:
  std::string DepsPath(const std::string& key) { return ItemPath(DemoItem(key)) + "/dependencies"; }
};

TEST_P(PlanDependenciesTest, DemoHasTheStatusReportsAndTheRoadmapsLinks) {
  auto sharing = server_->Get(DepsPath("4B")).Json();
  EXPECT_EQ(sharing["depends_on"], json::array({"4B-t1-d4"})) << sharing.dump();
  auto language = server_->Get(DepsPath("4B-t1-d4")).Json();
  ASSERT_EQ(language["waited_for_by"].size(), 1u) << language.dump();
  EXPECT_EQ(language["waited_for_by"][0]["key"], "4B");
  auto documents = server_->Get(DepsPath("2C-t1")).Json();
  EXPECT_EQ(documents["depends_on"], json::array({"4A-t1"}));
}

TEST_P(PlanDependenciesTest, CycleIsRefusedNamingItAndNothingChanges) {
  auto r = server_->Send("PUT", DepsPath("4B-t1-d4"), {{"depends_on", {"4B"}}}, AdminToken());
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(Has(r.body, "4B-t1-d4 → 4B → 4B-t1-d4") || Has(r.body, "4B → 4B-t1-d4 → 4B")) << r.body;
  EXPECT_TRUE(server_->Get(DepsPath("4B-t1-d4")).Json()["depends_on"].empty());
}

TEST_P(PlanDependenciesTest, UnknownKeyAndSelfAreNamedByPosition) {
  auto r = server_->Send("PUT", DepsPath("4B-t1-d5"), {{"depends_on", {"no-such-item", "4B-t1-d5"}}},
                         AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  json body = r.Json();
  std::set<std::string> fields;
  for (const auto& p : body["error"]["problems"]) fields.insert(p["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"depends_on[0]", "depends_on[1]"}));
}

TEST_P(PlanDependenciesTest, OnlyAnEditorOfTheOwnerMayChangeThem) {
  json body{{"depends_on", {"4B-t1-d3"}}};
  EXPECT_EQ(server_->Send("PUT", DepsPath("4B-t1-d5"), body).status, 401);
  std::string nhn = server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  EXPECT_EQ(server_->Send("PUT", DepsPath("4B-t1-d5"), body, nhn).status, 403);
  std::string hdir = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  EXPECT_EQ(server_->Send("PUT", DepsPath("4B-t1-d5"), body, hdir).status, 200);
}

TEST_P(PlanDependenciesTest, LateEndingPredecessorIsMarkedOnTheItemPageAndTheRoadmap) {
  // ICD-11 (starts 2026-10-01) made to wait for the information
  // management work (ends 2027-12-21): a clash, for the test only.
  auto r = server_->Send("PUT", DepsPath("4B-t1-d5"), {{"depends_on", {"4B-t1-d3"}}}, AdminToken());
  ASSERT_EQ(r.status, 200) << r.body;
  json body = r.Json();
  ASSERT_EQ(body["waits_for"].size(), 1u);
  EXPECT_EQ(body["waits_for"][0]["ends_after_start"], true);

  auto page = server_->Get("/strategi/nes-2023-2030/4B-t1-d5");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h2 id=\"avhengigheter\">Avhengigheter</h2>")) << page.body;
  EXPECT_TRUE(Has(page.body, "Venter på")) << page.body;
  EXPECT_TRUE(Has(page.body, "badge-clash")) << page.body;
  auto predecessor = server_->Get("/strategi/nes-2023-2030/4B-t1-d3");
  EXPECT_TRUE(Has(predecessor.body, "Dette venter på elementet")) << predecessor.body;

  auto roadmap = server_->Get("/veikart?strategi=nes-2023-2030");
  ASSERT_EQ(roadmap.status, 200);
  EXPECT_TRUE(Has(roadmap.body, "Venter på noe som slutter etter at dette starter")) << "the mark";

  auto audit = server_->Get("/api/v1/audit?entity=plan_item&id=" +
                                std::to_string(DemoItem("4B-t1-d5")["id"].get<int64_t>()),
                            AdminToken())
                   .Json();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit[0]["after"]["depends_on"], json::array({"4B-t1-d3"})) << audit.dump();
}

TEST_P(PlanDependenciesTest, BundleRoundTripKeepsTheLinks) {
  std::string first = Export();
  EXPECT_TRUE(Has(first, "\"plan_dependencies\"")) << "the section";
  ImportText(first);
  EXPECT_EQ(Export(), first);
}

INSTANTIATE_PER_ENGINE(PlanDependenciesTest);

}  // namespace
}  // namespace fremdrift::testing
