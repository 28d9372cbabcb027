// Writing strategy evaluations through the API over real HTTP, on both
// engines (docs/strategy-model.md, "Evaluations"): an admin creates,
// replaces and deletes one, each audited; a broken body is refused with
// 400 naming the field and the domain's rule (in Norwegian when asked);
// no token is 401, an editor or reader 403; a stale version 409; an
// unpublished strategy's evaluation is not found by the public.
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const char* kEvaluationsPath = "/api/v1/strategies/nes-2023-2030/evaluations";

json NewEvaluation(const std::string& key = "midtveis-2026") {
  return {{"key", key},
          {"title_nb", "Midtveisevaluering"},
          {"title_en", "Mid-term evaluation"},
          {"date", "2026-06-30"},
          {"source", "Testkilde, kapittel 2"},
          {"status_scale", "robusthet"},
          {"questions",
           {{{"question_nb", "Er målene tydelige?"}, {"answer", "i_noen_grad"}, {"comment_nb", "Delvis."}},
            {{"question_nb", "Er tiltakene fulgt opp?"}}}}};
}

class StrategyEvaluationWritesApiTest : public ApiTest {
 protected:
  // The audit entries of the evaluation `id` ("<strategy>/<key>"), newest first.
  json AuditOf(const std::string& id) {
    auto r = server_->Get("/api/v1/audit?entity=strategy_evaluation&id=" + id, AdminToken());
    EXPECT_EQ(r.status, 200) << r.body;
    return r.Json();
  }

  HttpResult WithHeaders(const std::string& method, const std::string& path, const json& body,
                         std::map<std::string, std::string> headers) {
    headers["Authorization"] = "Bearer " + AdminToken();
    headers["Content-Type"] = "application/json";
    return HttpRequest(server_->port(), method, path, body.is_null() ? "" : body.dump(), headers);
  }
};

TEST_P(StrategyEvaluationWritesApiTest, AnAdminCreatesReplacesAndDeletesAnEvaluationEachAudited) {
  auto made = server_->Send("POST", kEvaluationsPath, NewEvaluation(), AdminToken());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.headers["Location"], "/api/v1/strategies/nes-2023-2030/evaluations/midtveis-2026");
  EXPECT_EQ(made.headers["ETag"], "\"1\"");
  json e = made.Json();
  EXPECT_EQ(e["strategy"], "nes-2023-2030");
  EXPECT_EQ(e["version"], 1);
  ASSERT_EQ(e["questions"].size(), 2u);
  EXPECT_EQ(e["questions"][1]["answer"], "not_assessed") << "a missing answer is not assessed";
  // Read back, in the list and alone.
  auto one = server_->Get(made.headers["Location"]);
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(one.Json(), e);
  json list = server_->Get(kEvaluationsPath).Json();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0], e);
  auto audit = AuditOf("nes-2023-2030/midtveis-2026");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0]["action"], "create");
  EXPECT_EQ(audit[0]["actor"], "admin");

  // Replaced at the version read: the questions, answers and title change.
  json changed = NewEvaluation();
  changed.erase("key");
  changed["title_nb"] = "Midtveisevaluering, revidert";
  changed["questions"] = {{{"question_nb", "Er målene tydelige?"}, {"answer", "i_liten_grad"}}};
  changed["version"] = 1;
  auto put = server_->Send("PUT", made.headers["Location"], changed, AdminToken());
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.Json()["version"], 2);
  EXPECT_EQ(put.Json()["title_nb"], "Midtveisevaluering, revidert");
  ASSERT_EQ(put.Json()["questions"].size(), 1u);
  EXPECT_EQ(put.Json()["questions"][0]["answer"], "i_liten_grad");
  audit = AuditOf("nes-2023-2030/midtveis-2026");
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0]["action"], "update");
  EXPECT_TRUE(Has(audit[0]["before"].dump(), "i_noen_grad")) << audit[0].dump();
  EXPECT_TRUE(Has(audit[0]["after"].dump(), "i_liten_grad"));

  // A stale version is refused naming who saved last, and nothing changes.
  changed["version"] = 1;
  changed["title_nb"] = "Skal ikke lagres";
  auto stale = server_->Send("PUT", made.headers["Location"], changed, AdminToken());
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.Json()["error"]["rule"], "strategy_evaluation_stale");
  EXPECT_EQ(stale.Json()["error"]["field"], "version");
  auto stale_by_header = WithHeaders("PUT", made.headers["Location"], changed, {{"If-Match", "\"1\""}});
  EXPECT_EQ(stale_by_header.status, 409) << stale_by_header.body;
  EXPECT_EQ(server_->Get(made.headers["Location"]).Json()["title_nb"], "Midtveisevaluering, revidert");

  // Deleted at its version: gone, audited.
  EXPECT_EQ(server_->Send("DELETE", made.headers["Location"] + "?version=1", nullptr, AdminToken()).status, 409);
  auto gone = WithHeaders("DELETE", made.headers["Location"], nullptr, {{"If-Match", "\"2\""}});
  EXPECT_EQ(gone.status, 204) << gone.body;
  EXPECT_EQ(server_->Get(made.headers["Location"]).status, 404);
  EXPECT_EQ(server_->Get(kEvaluationsPath).Json(), json::array());
  audit = AuditOf("nes-2023-2030/midtveis-2026");
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0]["action"], "delete");
  EXPECT_EQ(server_->Send("DELETE", made.headers["Location"], nullptr, AdminToken()).status, 404);
}

TEST_P(StrategyEvaluationWritesApiTest, ABrokenBodyIsRefusedNamingTheFieldAndTheRule) {
  AdminToken();  // its user and token are audited before the count
  size_t audit = AuditCount();
  auto expect_refusal = [&](const json& body, const std::string& field, const std::string& rule) {
    auto r = server_->Send("POST", kEvaluationsPath, body, AdminToken());
    EXPECT_EQ(r.status, 400) << field << ": " << r.body;
    bool named = false;
    const json answer = r.Json();
    for (const auto& p : answer["error"]["problems"]) named = named || (p["field"] == field && p["rule"] == rule);
    EXPECT_TRUE(named) << field << " " << rule << ": " << r.body;
  };
  // Each change to a good body (a JSON pointer and its value) and what it is refused for.
  struct Case {
    std::string pointer;
    json value;
    std::string field, rule;
  };
  for (const Case& c : std::vector<Case>{
           {"/questions/0/answer", "green", "questions[0].answer", "answer_not_on_scale"},
           {"/date", "våren 2026", "date", "not_a_year_or_date"},
           {"/key", "Ikke En Slug", "key", "not_a_slug"},
           {"/title_nb", "", "title_nb", "required"},
           {"/status_scale", "finnes_ikke", "status_scale", "not_a_status_scale"},
           {"/questions", json::array(), "questions", "evaluation_questions_required"},
           {"/questions/1/question_nb", "", "questions[1].question_nb", "required"},
           {"/strategy", "nes-2017-2022", "strategy", "evaluation_strategy_mismatch"},
           {"/farge", "blå", "farge", "unknown_field"}}) {
    json e = NewEvaluation();
    e[json::json_pointer(c.pointer)] = c.value;
    expect_refusal(e, c.field, c.rule);
  }
  // In Norwegian when asked: the catalogue's words for the rule.
  json e = NewEvaluation();
  e["questions"][0]["answer"] = "green";
  auto nb = server_->Send("POST", std::string(kEvaluationsPath) + "?lang=nb", e, AdminToken());
  EXPECT_EQ(nb.status, 400);
  EXPECT_TRUE(Has(nb.Json()["error"]["message"].get<std::string>(), "Svaret «green» er ikke et nivå på skalaen robusthet."))
      << nb.body;
  EXPECT_EQ(AuditCount(), audit) << "nothing written";
  EXPECT_EQ(server_->Get(kEvaluationsPath).Json(), json::array());
  // A key the strategy has already is a conflict; a PUT names another key in vain.
  ASSERT_EQ(server_->Send("POST", kEvaluationsPath, NewEvaluation(), AdminToken()).status, 201);
  auto twice = server_->Send("POST", kEvaluationsPath, NewEvaluation(), AdminToken());
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_EQ(twice.Json()["error"]["rule"], "strategy_evaluation_key_taken");
  EXPECT_EQ(twice.Json()["error"]["field"], "key");
  auto renamed = server_->Send("PUT", std::string(kEvaluationsPath) + "/midtveis-2026", NewEvaluation("annen-nokkel"), AdminToken());
  EXPECT_EQ(renamed.status, 400) << renamed.body;
  EXPECT_EQ(renamed.Json()["error"]["rule"], "key_mismatch");
  // The same key under another strategy is another evaluation.
  EXPECT_EQ(server_->Send("POST", "/api/v1/strategies/nes-2017-2022/evaluations", NewEvaluation(), AdminToken()).status,
            201);
}

TEST_P(StrategyEvaluationWritesApiTest, OnlyAdminsWriteAndTheAnonymousAreAskedToSignIn) {
  std::string editor = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  std::string reader = server_->AddUserWithToken("lise", "Hdir", Role::kReader);
  EXPECT_EQ(server_->Send("POST", kEvaluationsPath, NewEvaluation()).status, 401);
  for (const std::string& token : {editor, reader}) {
    auto r = server_->Send("POST", kEvaluationsPath, NewEvaluation(), token);
    EXPECT_EQ(r.status, 403) << r.body;
    EXPECT_EQ(r.Json()["error"]["rule"], "evaluation_forbidden");
  }
  const std::string demo = "/api/v1/strategies/nes-2017-2022/evaluations/robusthet-2021";
  json stored = server_->Get(demo).Json();
  EXPECT_EQ(stored["version"], 1);
  EXPECT_EQ(server_->Send("PUT", demo, stored, editor).status, 403);
  EXPECT_EQ(server_->Send("DELETE", demo, nullptr, editor).status, 403);
  EXPECT_EQ(server_->Send("PUT", demo, stored).status, 401);
  EXPECT_EQ(server_->Send("DELETE", demo, nullptr).status, 401);
  EXPECT_EQ(server_->Get(demo).Json(), stored) << "unchanged";
  EXPECT_TRUE(AuditOf("nes-2017-2022/robusthet-2021").size() <= 1u) << "only the demo import";
}

TEST_P(StrategyEvaluationWritesApiTest, AnUnpublishedStrategysEvaluationIsSeenAndKeptOnlyWhenSignedIn) {
  ImportText(R"({"format": "fremdrift-bundle", "version": 1,
    "strategies": [{"key": "utkast-2031", "name": "Utkast til strategi 2031–2035", "period_start": 2031,
                    "period_end": 2035, "published": false, "level_names": ["Mål"], "items": []}]})");
  const std::string path = "/api/v1/strategies/utkast-2031/evaluations";
  auto made = server_->Send("POST", path, NewEvaluation(), AdminToken());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(server_->Get(path + "/midtveis-2026").status, 404) << "the public does not see it";
  EXPECT_EQ(server_->Get(path).status, 404);
  std::string reader = server_->AddUserWithToken("lise", "Hdir", Role::kReader);
  EXPECT_EQ(server_->Get(path + "/midtveis-2026", reader).status, 200);
  EXPECT_EQ(server_->Send("POST", "/api/v1/strategies/ingen-slik/evaluations", NewEvaluation(), AdminToken()).status,
            404);
  EXPECT_EQ(server_->Send("PUT", path + "/ingen-slik", NewEvaluation("ingen-slik"), AdminToken()).status, 404);
}

INSTANTIATE_PER_ENGINE(StrategyEvaluationWritesApiTest);

}  // namespace
}  // namespace fremdrift::testing
