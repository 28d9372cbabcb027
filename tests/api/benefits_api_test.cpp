// Benefits realisation's API over real HTTP, on both engines
// (docs/strategy-model.md, "Benefits"): a benefit is kept under the rights
// of its plan items with the version check, the list is for signed-in
// users only, it goes through the bundle, and the item's page lists it to
// signed-in readers.
#include "support/api_fixture.h"
#include "support/signed_in_browser.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

// A test benefit: not from the sources, so never in the demo.
json TestBenefit() {
  return {{"key", "test-gevinst"},
          {"description", "Testgevinst: mindre tid til dobbeltregistrering"},
          {"kind", "time"},
          {"owner", "Hdir"},
          {"items", {"nes-2023-2030/4B-t1-d5"}},
          {"baseline", "20 minutter"},
          {"target", "5 minutter"},
          {"by", "2030-12-31"},
          {"state", "planned"}};
}

class BenefitsApiTest : public ApiTest {};

TEST_P(BenefitsApiTest, AnEditorOfTheItemsKeepsABenefitWithTheVersionCheck) {
  std::string kari = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  json b = TestBenefit();
  b["version"] = 0;
  auto created = server_->Send("POST", "/api/v1/benefits", b, kari);
  ASSERT_EQ(created.status, 200) << created.body;
  EXPECT_EQ(created.Json()["version"], 1);
  EXPECT_EQ(server_->Send("POST", "/api/v1/benefits", b, kari).status, 409) << "version 0: must be new";
  b["version"] = 1;
  b["state"] = "realising";
  ASSERT_EQ(server_->Send("POST", "/api/v1/benefits", b, kari).status, 200);
  b["state"] = "realised";  // still on version 1: stale
  auto stale = server_->Send("POST", "/api/v1/benefits", b, kari);
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_TRUE(Has(stale.body, "kari")) << stale.body;
  auto list = server_->Get("/api/v1/benefits", kari);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.Json()[0]["state"], "realising");
  EXPECT_TRUE(Has(server_->Get("/api/v1/audit?entity=benefit", AdminToken()).body, "test-gevinst"));
}

TEST_P(BenefitsApiTest, OthersMayNotAndTheListNeedsSignIn) {
  std::string nina = server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  EXPECT_EQ(server_->Send("POST", "/api/v1/benefits", TestBenefit(), nina).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/benefits", TestBenefit()).status, 401);
  EXPECT_EQ(server_->Get("/api/v1/benefits").status, 401);
  json bad = TestBenefit();
  bad["items"] = json::array();
  bad["kind"] = "money";
  auto r = server_->Send("POST", "/api/v1/benefits", bad, AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_TRUE(Has(r.body, "\"items\"")) << r.body;
  EXPECT_TRUE(Has(r.body, "\"kind\"")) << r.body;
}

TEST_P(BenefitsApiTest, TheBundleCarriesBenefitsAndTheItemPageListsThem) {
  ImportText(json{{"format", "fremdrift-bundle"}, {"version", 1}, {"benefits", {TestBenefit()}}}.dump());
  auto list = server_->Get("/api/v1/benefits", AdminToken());
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.Json()[0]["items"][0], "nes-2023-2030/4B-t1-d5");
  server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  Browser kari(server_->port());
  ASSERT_EQ(kari.SignIn(*server_, "kari", "a long enough password").status, 303);
  auto page = kari.Get("/strategi/nes-2023-2030/4B-t1-d5");
  EXPECT_TRUE(Has(page.body, "id=\"gevinster-heading\""));
  EXPECT_TRUE(Has(page.body, "Testgevinst: mindre tid til dobbeltregistrering"));
  EXPECT_TRUE(Has(page.body, "Planlagt</span>")) << "the state in words";
  Browser anonymous(server_->port());
  EXPECT_FALSE(Has(anonymous.Get("/strategi/nes-2023-2030/4B-t1-d5").body, "Testgevinst"));
}

INSTANTIATE_PER_ENGINE(BenefitsApiTest);

}  // namespace
}  // namespace fremdrift::testing
