// Strategy evaluations over real HTTP, on both engines
// (docs/strategy-model.md, "Evaluations"): the public reads the demo's
// evaluation of the 2017–2022 strategy by the strategy's key or id, and an
// unpublished strategy's evaluations do not exist for it (404) while a
// signed-in user reads them.
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class StrategyEvaluationsApiTest : public ApiTest {};

// An unpublished strategy with one evaluation on the traffic light.
const char* kHidden = R"({
  "format": "fremdrift-bundle", "version": 1,
  "strategies": [{"key": "utkast-2031", "name": "Utkast til strategi 2031–2035", "period_start": 2031,
                  "period_end": 2035, "published": false, "level_names": ["Mål"], "items": []}],
  "strategy_evaluations": [{"strategy": "utkast-2031", "key": "forhandsvurdering", "title_nb": "Forhåndsvurdering",
                            "date": "2030-11-01", "status_scale": "traffic_light",
                            "questions": [{"question_nb": "Er målene tydelige?", "answer": "yellow",
                                           "comment_nb": "Delvis."}]}]
})";

TEST_P(StrategyEvaluationsApiTest, ThePublicReadsTheDemoEvaluationOfThe2017Strategy) {
  auto r = server_->Get("/api/v1/strategies/nes-2017-2022/evaluations");
  ASSERT_EQ(r.status, 200) << r.body;
  json list = r.Json();
  ASSERT_EQ(list.size(), 1u);
  const json& e = list[0];
  EXPECT_EQ(e["strategy"], "nes-2017-2022");
  EXPECT_EQ(e["key"], "robusthet-2021");
  EXPECT_EQ(e["date"], "2021");
  EXPECT_EQ(e["status_scale"], "robusthet");
  EXPECT_EQ(e["source"].get<std::string>().rfind(
                "Ny nasjonal e-helsestrategi – kunnskapsgrunnlag, versjon 0.7 (Direktoratet for e-helse, 2021)", 0),
            0u);
  ASSERT_EQ(e["questions"].size(), 3u);
  std::vector<std::string> answers;
  for (const auto& q : e["questions"]) answers.push_back(q["answer"]);
  EXPECT_EQ(answers, (std::vector<std::string>{"i_begrenset_grad", "i_liten_grad", "i_noen_grad"}));
  EXPECT_TRUE(Has(e["questions"][0]["question_nb"].get<std::string>(), "tydelige strategiske valg"));
  EXPECT_FALSE(e["questions"][0]["comment_en"].get<std::string>().empty());
  // The same by the strategy's id; another strategy has none.
  json strategy = server_->Get("/api/v1/strategies/nes-2017-2022").Json();
  auto by_id = server_->Get("/api/v1/strategies/" + std::to_string(strategy["id"].get<int64_t>()) + "/evaluations");
  ASSERT_EQ(by_id.status, 200);
  EXPECT_EQ(by_id.Json(), list);
  EXPECT_EQ(server_->Get("/api/v1/strategies/nes-2023-2030/evaluations").Json(), json::array());
  EXPECT_EQ(server_->Get("/api/v1/strategies/ingen-slik/evaluations").status, 404);
}

TEST_P(StrategyEvaluationsApiTest, AnUnpublishedStrategysEvaluationsAreForSignedInUsersOnly) {
  ImportText(kHidden);
  auto hidden = server_->Get("/api/v1/strategies/utkast-2031/evaluations");
  EXPECT_EQ(hidden.status, 404) << hidden.body;
  EXPECT_FALSE(Has(hidden.body, "Forhåndsvurdering"));
  EXPECT_EQ(server_->Get("/strategi/utkast-2031").status, 404);
  std::string reader = server_->AddUserWithToken("lise", "Hdir", Role::kReader);
  auto seen = server_->Get("/api/v1/strategies/utkast-2031/evaluations", reader);
  ASSERT_EQ(seen.status, 200) << seen.body;
  ASSERT_EQ(seen.Json().size(), 1u);
  EXPECT_EQ(seen.Json()[0]["questions"][0]["answer"], "yellow");
  EXPECT_EQ(seen.Json()[0]["date"], "2030-11-01");
}

INSTANTIATE_PER_ENGINE(StrategyEvaluationsApiTest);

}  // namespace
}  // namespace fremdrift::testing
