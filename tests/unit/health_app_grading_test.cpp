// The grading rule of the health-app label: area grades at and around each
// threshold, the overall score, and the label computed from verdicts.
#include <gtest/gtest.h>

#include "domain/health_app_grading.h"
#include "domain/health_app_label.h"

namespace fremdrift {
namespace {

GradingRule Rule() { return GradingRule{}; }  // A 90, B 75, C 50, D 25

TEST(HealthAppGrading, ShareExactlyAtThresholdReachesTheGrade) {
  EXPECT_EQ(AreaGrade(Rule(), 9, 10), "A");
  EXPECT_EQ(AreaGrade(Rule(), 3, 4), "B");
  EXPECT_EQ(AreaGrade(Rule(), 1, 2), "C");
  EXPECT_EQ(AreaGrade(Rule(), 1, 4), "D");
}

TEST(HealthAppGrading, ShareJustBelowThresholdGetsTheNextGrade) {
  EXPECT_EQ(AreaGrade(Rule(), 89, 100), "B");
  EXPECT_EQ(AreaGrade(Rule(), 74, 100), "C");
  EXPECT_EQ(AreaGrade(Rule(), 49, 100), "D");
  EXPECT_EQ(AreaGrade(Rule(), 24, 100), "E");
  EXPECT_EQ(AreaGrade(Rule(), 0, 8), "E");
}

TEST(HealthAppGrading, AllMetIsAAndNothingCountedIsUngraded) {
  EXPECT_EQ(AreaGrade(Rule(), 14, 14), "A");
  EXPECT_EQ(AreaGrade(Rule(), 0, 0), "");
}

TEST(HealthAppGrading, ThirteenOfFourteenIsAButTwelveIsB) {
  // 13/14 = 92.9 %, 12/14 = 85.7 %: the demo's Helsenytte area.
  EXPECT_EQ(AreaGrade(Rule(), 13, 14), "A");
  EXPECT_EQ(AreaGrade(Rule(), 12, 14), "B");
}

TEST(HealthAppGrading, MoreMetThanCountedIsRefused) {
  EXPECT_THROW(AreaGrade(Rule(), 5, 4), Failure);
  EXPECT_THROW(AreaGrade(Rule(), -1, 4), Failure);
}

TEST(HealthAppGrading, OverallIsTheMeanRoundedTowardsTheWorseGrade) {
  EXPECT_EQ(OverallGrade(Rule(), {"A", "A", "A", "A"}), "A");
  EXPECT_EQ(OverallGrade(Rule(), {"A", "A", "A", "B"}), "B");  // 4.75 -> 4
  EXPECT_EQ(OverallGrade(Rule(), {"A", "E"}), "C");            // 3
  EXPECT_EQ(OverallGrade(Rule(), {"B", "E", "", ""}), "D");    // 2.5 -> 2, ungraded left out
  EXPECT_EQ(OverallGrade(Rule(), {"", ""}), "");
}

TEST(HealthAppGrading, OverallCanBeTheLowestArea) {
  GradingRule r;
  r.overall = OverallRule::kLowest;
  EXPECT_EQ(OverallGrade(r, {"A", "A", "D", "B"}), "D");
}

TEST(HealthAppGrading, ThresholdsMustFallFromAToD) {
  GradingRule r;
  EXPECT_TRUE(ValidateGradingRule(r, "").empty());
  r.min_percent[2] = 80;  // C above B
  auto problems = ValidateGradingRule(r, "grading.");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "grading.min_percent.C");
  r = GradingRule{};
  r.min_percent[0] = 101;
  EXPECT_EQ(ValidateGradingRule(r, "").size(), 1u);
}

AppCatalogue TwoAreaCatalogue() {
  AppCatalogue c;
  c.key = "test";
  c.title.nb = "Test";
  c.levels = {{"self", {"Selvhjelp", ""}, {"Selvdeklarerer", ""}, {}, true}};
  c.areas = {{"nytte", {"Helsenytte", ""}}, {"sikkerhet", {"Informasjonssikkerhet", ""}}};
  c.label_areas = {{"healthy-and-safe", {"Trygg og nyttig", ""}}, {"robust-build", {"Robust bygget", ""}}};
  for (int i = 1; i <= 4; ++i) {
    c.requirements.push_back({"n" + std::to_string(i), "nytte", "", {"Krav", ""}, {}, {}, {"self"}, "healthy-and-safe"});
  }
  c.requirements.push_back({"s1", "sikkerhet", "", {"Krav", ""}, {}, {}, {"self"}, "robust-build"});
  c.requirements.push_back({"s2", "sikkerhet", "", {"Krav", ""}, {}, {}, {"self"}, "robust-build"});
  return c;
}

void Answer(Evaluation& e, const std::string& req, fremdrift::Answer a, Verdict v) {
  e.answers.push_back({req, a, ""});
  e.reviews.push_back({req, v, "", "evaluator", "2026-01-01"});
}

TEST(HealthAppLabel, GradesCountOnlyYesAnswersTheEvaluatorAccepted) {
  AppCatalogue c = TwoAreaCatalogue();
  Evaluation e;
  e.state = EvaluationState::kUnderReview;
  Answer(e, "n1", Answer::kYes, Verdict::kAccepted);
  Answer(e, "n2", Answer::kYes, Verdict::kAccepted);
  Answer(e, "n3", Answer::kYes, Verdict::kNotAccepted);  // claimed, not shown: not met
  Answer(e, "n4", Answer::kNotRelevant, Verdict::kAccepted);  // not counted
  Answer(e, "s1", Answer::kYes, Verdict::kAccepted);
  Answer(e, "s2", Answer::kNo, Verdict::kAccepted);
  LabelGrades g = ComputeLabelGrades(c, "self", e);
  ASSERT_EQ(g.areas.size(), 2u);
  EXPECT_EQ(g.areas[0].met, 2);
  EXPECT_EQ(g.areas[0].counted, 3);
  EXPECT_EQ(g.areas[0].grade, "C");  // 66.7 %
  EXPECT_EQ(g.areas[1].grade, "C");  // 50 %
  EXPECT_EQ(g.overall, "C");
  EXPECT_EQ(AwardProblem(c, "self", e), "");
}

TEST(HealthAppLabel, AwardWaitsForEveryVerdict) {
  AppCatalogue c = TwoAreaCatalogue();
  Evaluation e;
  e.state = EvaluationState::kUnderReview;
  Answer(e, "n1", Answer::kYes, Verdict::kMoreDocumentation);
  EXPECT_NE(AwardProblem(c, "self", e), "");
  e.state = EvaluationState::kSubmitted;
  EXPECT_NE(AwardProblem(c, "self", e), "");
}

TEST(HealthAppLabel, ValidForYearsFromTheCheck) {
  EXPECT_EQ(LabelValidUntil("2026-03-15", 2), "2028-03-15");
  EXPECT_EQ(LabelValidUntil("2024-02-29", 1), "2025-02-28");
}

TEST(HealthAppLabel, DueForReassessment) {
  HealthAppLabel l;
  l.app_version = "2.1";
  l.catalogue_id = 1;
  l.valid_until = "2027-12-31";
  EXPECT_EQ(LabelReassessmentReason(l, "2.1", 1, "2027-12-31"), "");
  EXPECT_EQ(LabelReassessmentReason(l, "2.1", 1, "2028-01-01"), "expired");
  EXPECT_EQ(LabelReassessmentReason(l, "2.2", 1, "2027-01-01"), "app_version");
  EXPECT_EQ(LabelReassessmentReason(l, "2.1", 2, "2027-01-01"), "catalogue_version");
  l.reassessment_reason = "Klage på datalekkasje";
  EXPECT_EQ(LabelReassessmentReason(l, "2.1", 1, "2027-01-01"), "stated");
}

}  // namespace
}  // namespace fremdrift
