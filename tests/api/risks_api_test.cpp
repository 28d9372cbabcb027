// The risk register's API over real HTTP, on both engines: a risk is kept
// under its item's rights, answered with its derived score and level, its
// ratings are checked by field, and the list is for signed-in users only
// (docs/strategy-model.md, "Risks").
#include "api_fixture.h"
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

INSTANTIATE_TEST_SUITE_P(Engines, RisksApiTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
