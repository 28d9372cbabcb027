// The risk register's API over real HTTP, on both engines: a risk is kept
// under its item's rights, answered with its derived score and level, its
// ratings are checked by field, and the list is for signed-in users only
// (docs/strategy-model.md, "Risks").
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

// A test risk: not from the sources, so never in the demo.
json TestRisk() {
  return {{"key", "test-icd11"},        {"subject", "nes-2023-2030/4B-t1-d5"},
          {"description", "Overgangen til ICD-11 blir forsinket"},
          {"likelihood", 3},            {"consequence", 4},
          {"owner", "Hdir"},            {"review_by", "2026-06-30"}};
}

class RisksApiTest : public ApiTest {};

TEST_P(RisksApiTest, EditorOfTheOwnerKeepsARiskWithItsScoreAndLevel) {
  std::string hdir = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  auto r = server_->Send("POST", "/api/v1/risks", TestRisk(), hdir);
  ASSERT_EQ(r.status, 200) << r.body;
  json body = r.Json();
  EXPECT_EQ(body["score"], 12);
  EXPECT_EQ(body["level"], "high");
  EXPECT_EQ(body["state"], "open");
  auto list = server_->Get("/api/v1/risks", hdir);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "\"test-icd11\""));
}

TEST_P(RisksApiTest, OthersMayNotAndTheListNeedsSignIn) {
  std::string nhn = server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  EXPECT_EQ(server_->Send("POST", "/api/v1/risks", TestRisk(), nhn).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/risks", TestRisk()).status, 401);
  EXPECT_EQ(server_->Get("/api/v1/risks").status, 401);
  EXPECT_FALSE(Has(server_->Get("/api/v1/risks", AdminToken()).body, "test-icd11"));
}

TEST_P(RisksApiTest, RatingOutsideOneToFiveIsNamedByField) {
  json risk = TestRisk();
  risk["consequence"] = 7;
  auto r = server_->Send("POST", "/api/v1/risks", risk, AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  json body = r.Json();
  bool named = false;
  for (const auto& p : body["error"]["problems"]) named |= p["field"] == "consequence";
  EXPECT_TRUE(named) << r.body;
}

// The version check: a save on the version the user read goes through and
// bumps it; one on a stale version is refused with 409 naming the fields
// changed since and who saved last, and nothing is written.
TEST_P(RisksApiTest, ASaveOnAStaleVersionIsRefusedNamingWhatChanged) {
  std::string kari = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  json risk = TestRisk();
  risk["version"] = 0;  // must be new
  auto created = server_->Send("POST", "/api/v1/risks", risk, kari);
  ASSERT_EQ(created.status, 200) << created.body;
  EXPECT_EQ(created.Json()["version"], 1);
  EXPECT_EQ(server_->Send("POST", "/api/v1/risks", risk, kari).status, 409) << "version 0 means a new risk";

  json first = TestRisk();
  first["version"] = 1;
  first["likelihood"] = 5;
  first["mitigation"] = "Tidlig testing";
  auto saved = server_->Send("POST", "/api/v1/risks", first, kari);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.Json()["version"], 2);

  json second = TestRisk();
  second["version"] = 1;  // read before the first save
  second["state"] = "closed";
  auto stale = server_->Send("POST", "/api/v1/risks", second, kari);
  ASSERT_EQ(stale.status, 409) << stale.body;
  EXPECT_TRUE(Has(stale.body, "likelihood")) << stale.body;
  EXPECT_TRUE(Has(stale.body, "mitigation")) << stale.body;
  EXPECT_TRUE(Has(stale.body, "kari")) << stale.body;
  EXPECT_FALSE(Has(stale.body, "state")) << "the state was not changed by the other save: " << stale.body;
  auto now = server_->Get("/api/v1/risks/test-icd11", kari);
  ASSERT_EQ(now.status, 200) << now.body;
  EXPECT_EQ(now.Json()["state"], "open");
  EXPECT_EQ(now.Json()["version"], 2);
}

TEST_P(RisksApiTest, IfMatchCarriesTheVersion) {
  ASSERT_EQ(server_->Send("POST", "/api/v1/risks", TestRisk(), AdminToken()).status, 200);
  json change = TestRisk();
  change["likelihood"] = 1;
  auto stale = HttpRequest(server_->port(), "POST", "/api/v1/risks", change.dump(),
                           {{"Authorization", "Bearer " + AdminToken()},
                            {"Content-Type", "application/json"},
                            {"If-Match", "\"7\""}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  auto ok = HttpRequest(server_->port(), "POST", "/api/v1/risks", change.dump(),
                        {{"Authorization", "Bearer " + AdminToken()},
                         {"Content-Type", "application/json"},
                         {"If-Match", "\"1\""}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Json()["likelihood"], 1);
  EXPECT_EQ(server_->Get("/api/v1/risks/no-such-risk", AdminToken()).status, 404);
  EXPECT_EQ(server_->Get("/api/v1/risks/test-icd11").status, 401);
}

INSTANTIATE_PER_ENGINE(RisksApiTest);

}  // namespace
}  // namespace fremdrift::testing
