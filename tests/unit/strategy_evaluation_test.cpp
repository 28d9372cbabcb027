// The strategy evaluation's rules and its JSON (domain/strategy_evaluation.h,
// formats/strategy_evaluation_json.h; docs/strategy-model.md, "Evaluations").
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/status_scale_catalogue.h"
#include "domain/text_field_rules.h"
#include "formats/strategy_evaluation_json.h"
#include "support/field_problems.h"

namespace fremdrift {
namespace {

using testing::Fields;

StrategyEvaluation Robustness() {
  StrategyEvaluation e;
  e.strategy = "nes-2017-2022";
  e.key = "robusthet-2021";
  e.title_nb = "Vurdering av strategiens robusthet";
  e.date = "2021";
  e.status_scale = "robusthet";
  e.questions = {{"Tydelige valg?", "Clear choices?", "i_begrenset_grad", "Lite brukt.", "Little used."},
                 {"Henger valgene sammen?", "", "i_liten_grad", "", ""},
                 {"Står prioriteringene seg?", "", std::string(kNotAssessed), "", ""}};
  return e;
}

StatusScaleRecord Scale(const std::string& key) {
  for (const auto& r : StatusScaleRecords()) {
    if (r.key == key) return r;
  }
  throw std::runtime_error("no built-in scale " + key);
}

std::string Param(const FieldProblem& p, const std::string& name) {
  for (const auto& [k, v] : p.params) {
    if (k == name) return v;
  }
  return "";
}

std::vector<std::string> Rules(const std::vector<FieldProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.rule);
  return out;
}

TEST(StrategyEvaluationTest, AValidEvaluationHasNoProblems) {
  EXPECT_TRUE(StrategyEvaluationProblems(Robustness()).empty());
  EXPECT_TRUE(EvaluationAnswerProblems(Robustness(), Scale("robusthet")).empty());
}

TEST(StrategyEvaluationTest, NeedsAStrategyASlugKeyATitleADateAScaleAndAQuestion) {
  StrategyEvaluation e;
  e.key = "Robusthet 2021";
  auto problems = StrategyEvaluationProblems(e);
  EXPECT_EQ(Fields(problems), (std::vector<std::string>{"strategy", "key", "title_nb", "date", "status_scale",
                                                         "questions"}));
  EXPECT_EQ(Rules(problems), (std::vector<std::string>{"required", "not_a_slug", "required", "required",
                                                        "not_a_scale_key", "evaluation_questions_required"}))
      << "each problem has a rule, so it is said in the reader's language";
}

TEST(StrategyEvaluationTest, TheDateIsAYearOrADate) {
  for (const char* ok : {"2021", "2021-06-30", "1900", "2100-12-31"}) EXPECT_TRUE(IsEvaluationDate(ok)) << ok;
  for (const char* bad : {"21", "2021-6-30", "2021-02-30", "30.06.2021", "1899", "2101", "20x1", "2021 "}) {
    EXPECT_FALSE(IsEvaluationDate(bad)) << bad;
  }
  StrategyEvaluation e = Robustness();
  e.date = "våren 2021";
  auto problems = StrategyEvaluationProblems(e);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "date");
  EXPECT_EQ(problems[0].rule, "not_a_year_or_date");
}

TEST(StrategyEvaluationTest, EachQuestionNeedsBokmalTextAndKeepsTheTextLimitsOfOtherFields) {
  StrategyEvaluation e = Robustness();
  e.questions[1].question_nb = "";
  e.questions[2].question_en = std::string(kMaxNameChars + 1, 'x');
  e.questions[0].comment_nb = "To linjer\nholder";  // a comment may have several lines
  e.title_en = "A title\nwith a break";
  e.source = std::string(kMaxLongTextChars + 1, 'k');
  auto problems = StrategyEvaluationProblems(e);
  EXPECT_EQ(Fields(problems), (std::vector<std::string>{"title_en", "source", "questions[1].question_nb",
                                                         "questions[2].question_en"}));
  EXPECT_EQ(Rules(problems), (std::vector<std::string>{"text_control_characters", "text_too_long", "required",
                                                        "text_too_long"}));
}

TEST(StrategyEvaluationTest, AnAnswerMustBeALevelOfTheEvaluationsScaleOrNotAssessed) {
  StrategyEvaluation e = Robustness();
  e.questions[0].answer = "green";    // a level of another scale
  e.questions[1].answer = "no_data";  // outside every scale, and not an answer
  auto problems = EvaluationAnswerProblems(e, Scale("robusthet"));
  ASSERT_EQ(Fields(problems), (std::vector<std::string>{"questions[0].answer", "questions[1].answer"}));
  EXPECT_EQ(problems[0].rule, "answer_not_on_scale");
  EXPECT_EQ(Param(problems[0], "answer"), "green");
  EXPECT_EQ(Param(problems[0], "scale"), "robusthet");
  EXPECT_EQ(Param(problems[0], "choices"), "i_noen_grad, i_begrenset_grad, i_liten_grad, not_assessed");
  // The same answers are levels of the traffic light.
  e.questions[1].answer = "red";
  EXPECT_TRUE(EvaluationAnswerProblems(e, Scale("traffic_light")).empty());
}

TEST(StrategyEvaluationTest, JsonRoundTripsAndAMissingAnswerIsNotAssessed) {
  nlohmann::ordered_json out = StrategyEvaluationToJson(Robustness());
  std::vector<FieldProblem> problems;
  StrategyEvaluation back = StrategyEvaluationFromJson(nlohmann::json::parse(out.dump()), "", problems);
  ASSERT_TRUE(problems.empty()) << problems.front().field << ": " << problems.front().message;
  EXPECT_EQ(back, Robustness());
  nlohmann::json in = nlohmann::json::parse(out.dump());
  in["questions"][0].erase("answer");
  back = StrategyEvaluationFromJson(in, "", problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_EQ(back.questions[0].answer, "not_assessed");
}

TEST(StrategyEvaluationTest, JsonNamesEveryBadFieldByItsPath) {
  nlohmann::json in = nlohmann::json::parse(StrategyEvaluationToJson(Robustness()).dump());
  in["date"] = 2021;  // a number, not the text "2021"
  in["colour"] = "#fff";
  in["questions"][1]["svar"] = "ja";
  in["questions"][2] = "Står prioriteringene seg?";
  std::vector<FieldProblem> problems;
  StrategyEvaluationFromJson(in, "$.strategy_evaluations[0]", problems);
  std::vector<std::string> fields = Fields(problems);
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"$.strategy_evaluations[0].colour", "$.strategy_evaluations[0].date",
                                              "$.strategy_evaluations[0].questions[1].svar",
                                              "$.strategy_evaluations[0].questions[2]"}));
  in = nlohmann::json::parse(StrategyEvaluationToJson(Robustness()).dump());
  in["questions"] = nlohmann::json::array();
  problems.clear();
  StrategyEvaluationFromJson(in, "$.x", problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "$.x.questions");
  EXPECT_EQ(problems[0].rule, "evaluation_questions_required");
}

}  // namespace
}  // namespace fremdrift
