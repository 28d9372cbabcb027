// Strategy evaluations on each engine (docs/strategy-model.md,
// "Evaluations"): the demo's evaluation is stored with its questions in
// order, the bundle carries it both ways, replaces and audits a changed
// one, refuses a broken one naming the field and writing nothing, and a
// change to a scale that would drop a level an answer holds is refused.
#include <gtest/gtest.h>

#include <memory>

#include "app/bundle.h"
#include "app/strategy_evaluations.h"
#include "domain/failure.h"
#include "formats/bundle_files.h"
#include "storage/audit_log.h"
#include "storage/migrations.h"
#include "storage/strategy_evaluation_store.h"
#include "storage/strategy_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using nlohmann::json;
using testing::EngineTest;
using testing::TempDatabase;

const std::string kKnowledgeBase =
    "Ny nasjonal e-helsestrategi – kunnskapsgrunnlag, versjon 0.7 (Direktoratet for e-helse, 2021)";

class StrategyEvaluationTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportDemo();
  }

  // The demo evaluation as the bundle writes it.
  json DemoEvaluation() {
    json doc = json::parse(ExportBundle(*conn_));
    return doc["strategy_evaluations"].at(0);
  }

  // Imports one section; returns "" or the problems, "field [rule]" per line.
  std::string TryImport(const std::string& section, const json& records) {
    try {
      json doc = {{"format", "fremdrift-bundle"}, {"version", 1}, {section, records}};
      ImportBundle(*conn_, {ParseBundleText("test.json", doc.dump())}, "test");
      return "";
    } catch (const Failure& f) {
      std::string out;
      for (const auto& p : f.problems()) out += p.field + " [" + p.rule + "]\n";
      return out;
    }
  }
};

TEST_P(StrategyEvaluationTest, TheDemoEvaluationIsStoredWithItsQuestionsInOrder) {
  auto list = StrategyEvaluationStore(*conn_).OfStrategy("nes-2017-2022");
  ASSERT_EQ(list.size(), 1u);
  const StrategyEvaluation& e = list[0];
  EXPECT_EQ(e.key, "robusthet-2021");
  EXPECT_EQ(e.date, "2021");
  EXPECT_EQ(e.status_scale, "robusthet");
  EXPECT_EQ(e.source.rfind(kKnowledgeBase, 0), 0u) << "cites the knowledge base by its citation";
  ASSERT_EQ(e.questions.size(), 3u);
  EXPECT_EQ(e.questions[0].answer, "i_begrenset_grad");  // clear strategic choices
  EXPECT_EQ(e.questions[1].answer, "i_liten_grad");      // choices that hang together
  EXPECT_EQ(e.questions[2].answer, "i_noen_grad");       // robust priorities
  EXPECT_TRUE(StrategyEvaluationStore(*conn_).OfStrategy("nes-2023-2030").empty());
  // The app gives each with the stored record of its scale.
  auto scaled = EvaluationsOf(*conn_, StrategyStore(*conn_).FindByKey("nes-2017-2022").value());
  ASSERT_EQ(scaled.size(), 1u);
  EXPECT_EQ(scaled[0].scale.key, "robusthet");
  EXPECT_EQ(scaled[0].scale.levels.size(), 3u);
}

TEST_P(StrategyEvaluationTest, TheBundleRoundTripKeepsItAndAnIdenticalImportWritesNothing) {
  std::string first = ExportBundle(*conn_);
  TempDatabase other(GetParam());
  auto conn = other.Connect();
  Migrate(*conn);
  ImportSummary s = ImportBundle(*conn, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(s.sections["strategy_evaluations"].created, 1);
  EXPECT_EQ(ExportBundle(*conn), first);
  size_t audit = AuditLog(*conn_).List("strategy_evaluation", "", 100).size();
  ImportSummary again = ImportBundle(*conn_, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(again.sections.count("strategy_evaluations"), 0u) << "identical: ignored";
  EXPECT_EQ(AuditLog(*conn_).List("strategy_evaluation", "", 100).size(), audit);
}

TEST_P(StrategyEvaluationTest, AChangedEvaluationReplacesTheStoredOneWithItsAuditEntry) {
  json e = DemoEvaluation();
  e["questions"][2]["answer"] = "not_assessed";
  e["questions"].erase(1);
  e["title_en"] = "Robustness, revised";
  ASSERT_EQ(TryImport("strategy_evaluations", json::array({e})), "");
  auto stored = StrategyEvaluationStore(*conn_).Find("nes-2017-2022", "robusthet-2021").value();
  ASSERT_EQ(stored.questions.size(), 2u);
  EXPECT_EQ(stored.questions[1].answer, "not_assessed");
  EXPECT_EQ(stored.title_en, "Robustness, revised");
  auto history = AuditLog(*conn_).List("strategy_evaluation", "nes-2017-2022/robusthet-2021", 10);
  ASSERT_GE(history.size(), 2u);
  EXPECT_EQ(history.front().action, "import");
  EXPECT_NE(history.front().before.find("i_noen_grad"), std::string::npos);
  EXPECT_NE(history.front().after.find("Robustness, revised"), std::string::npos);
}

TEST_P(StrategyEvaluationTest, ABrokenEvaluationIsRefusedNamingTheFieldAndNothingIsWritten) {
  std::string before = ExportBundle(*conn_);
  json off_scale = DemoEvaluation();
  off_scale["questions"][1]["answer"] = "green";
  json no_strategy = DemoEvaluation();
  no_strategy["strategy"] = "nes-1990";
  json no_scale = DemoEvaluation();
  no_scale["status_scale"] = "ukjent";
  json bad_date = DemoEvaluation();
  bad_date["key"] = "annen";
  bad_date["date"] = "2021-13-01";
  std::string problems = TryImport("strategy_evaluations", json::array({off_scale, no_strategy, no_scale, bad_date}));
  EXPECT_NE(problems.find("$.strategy_evaluations[0].questions[1].answer [answer_not_on_scale]"), std::string::npos)
      << problems;
  EXPECT_NE(problems.find("$.strategy_evaluations[1].strategy [unknown_strategy]"), std::string::npos) << problems;
  EXPECT_NE(problems.find("$.strategy_evaluations[2].status_scale [not_a_status_scale]"), std::string::npos)
      << problems;
  EXPECT_NE(problems.find("$.strategy_evaluations[3].date [not_a_year_or_date]"), std::string::npos) << problems;
  EXPECT_EQ(ExportBundle(*conn_), before);
}

TEST_P(StrategyEvaluationTest, AScaleChangeThatDropsALevelAnAnswerHoldsIsRefused) {
  json doc = json::parse(ExportBundle(*conn_));
  json robustness;
  for (const auto& s : doc["status_scales"]) {
    if (s["key"] == "robusthet") robustness = s;
  }
  ASSERT_FALSE(robustness.is_null());
  json dropped = robustness;
  dropped["levels"].erase(2);  // i_liten_grad, the second question's answer
  std::string problems = TryImport("status_scales", json::array({dropped}));
  EXPECT_NE(problems.find("$.status_scales[0].levels [status_level_in_use]"), std::string::npos) << problems;
  // Rewording a level keeps every answer's key: taken.
  json reworded = robustness;
  reworded["levels"][2]["name_nb"] = "I liten grad (revidert)";
  EXPECT_EQ(TryImport("status_scales", json::array({reworded})), "");
}

INSTANTIATE_PER_ENGINE(StrategyEvaluationTest);

}  // namespace
}  // namespace fremdrift
