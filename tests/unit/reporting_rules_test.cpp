#include <gtest/gtest.h>

#include "domain/reporting_period.h"
#include "domain/status_rollup.h"
#include "domain/status_scale.h"

namespace fremdrift {
namespace {

User Admin() { return {1, "a", "Hdir", Role::kAdmin}; }
User Editor() { return {2, "e", "Hdir", Role::kEditor}; }

ReportingPeriod In(PeriodState s) {
  ReportingPeriod p;
  p.code = "2023-Q1";
  p.state = s;
  return p;
}

TEST(ReportingPeriodTest, OnlyAdminsMovePeriods) {
  EXPECT_NE(TransitionRefusal(In(PeriodState::kOpen), PeriodState::kInReview, Editor(), ""), "");
  EXPECT_EQ(TransitionRefusal(In(PeriodState::kOpen), PeriodState::kInReview, Admin(), ""), "");
}

TEST(ReportingPeriodTest, PeriodsMoveOnlyAlongTheWorkflow) {
  EXPECT_EQ(TransitionRefusal(In(PeriodState::kInReview), PeriodState::kApproved, Admin(), ""), "");
  EXPECT_EQ(TransitionRefusal(In(PeriodState::kApproved), PeriodState::kPublished, Admin(), ""), "");
  EXPECT_NE(TransitionRefusal(In(PeriodState::kOpen), PeriodState::kPublished, Admin(), ""), "");
  EXPECT_NE(TransitionRefusal(In(PeriodState::kPublished), PeriodState::kApproved, Admin(), ""), "");
}

TEST(ReportingPeriodTest, ReopeningAnApprovedPeriodNeedsAReason) {
  EXPECT_NE(TransitionRefusal(In(PeriodState::kApproved), PeriodState::kOpen, Admin(), "  "), "");
  EXPECT_EQ(TransitionRefusal(In(PeriodState::kApproved), PeriodState::kOpen, Admin(), "Feil i mål 3"), "");
}

TEST(ReportingPeriodTest, ApprovedPeriodRefusesNewAssessment) {
  EXPECT_TRUE(AssessmentsEditable(In(PeriodState::kOpen), Editor()));
  EXPECT_FALSE(AssessmentsEditable(In(PeriodState::kInReview), Editor()));
  EXPECT_TRUE(AssessmentsEditable(In(PeriodState::kInReview), Admin()));
  EXPECT_FALSE(AssessmentsEditable(In(PeriodState::kApproved), Admin()));
  EXPECT_FALSE(AssessmentsEditable(In(PeriodState::kPublished), Admin()));
}

TEST(ReportingPeriodTest, CodesMustFitTheCadence) {
  EXPECT_TRUE(CodeFitsCadence("2023-Q1", Cadence::kQuarterly));
  EXPECT_TRUE(CodeFitsCadence("2023", Cadence::kYearly));
  EXPECT_TRUE(CodeFitsCadence("2023-T2", Cadence::kTertial));
  EXPECT_FALSE(CodeFitsCadence("2023-Q1", Cadence::kYearly));
  EXPECT_FALSE(CodeFitsCadence("2023-Q5", Cadence::kQuarterly));
}

TEST(StatusScaleTest, BothScalesOrderBestToWorstAndKnowTheSpecials) {
  auto three = *StatusScale::Named("traffic_light");
  auto five = *StatusScale::Named("five_point");
  EXPECT_EQ(*three.Rank("green"), 0);
  EXPECT_EQ(*three.Rank("red"), 2);
  EXPECT_EQ(*five.Rank("amber_red"), 3);
  EXPECT_FALSE(three.Rank("amber"));
  EXPECT_TRUE(three.Accepts("not_assessed"));
  EXPECT_TRUE(five.Accepts("no_data"));
  EXPECT_FALSE(three.Accepts("purple"));
  EXPECT_EQ(five.Name("amber_green", "nb"), "Gul/grønn");
  EXPECT_EQ(three.Name("not_assessed", "en"), "Not assessed");
  EXPECT_FALSE(StatusScale::Named("rainbow"));
}

TEST(StatusRollupTest, WorstOfTakesTheWorstAssessedInput) {
  auto scale = *StatusScale::Named("traffic_light");
  auto s = SuggestStatus({{"Mål 1", "green", 1}, {"Mål 2", "yellow", 1}, {"Mål 3", "not_assessed", 1}},
                         RollupRule::kWorstOf, scale);
  EXPECT_EQ(s.status, "yellow");
  EXPECT_NE(s.reason.find("Mål 2"), std::string::npos);
}

TEST(StatusRollupTest, WeightedLetsAHeavyChildDominate) {
  auto scale = *StatusScale::Named("traffic_light");
  // Goal 4 weighs most: red there pulls the whole strategy to yellow even
  // though the four others are green (mean rank 12/10 = 1.2).
  std::vector<RollupInput> goals = {{"Mål 1", "green", 1}, {"Mål 2", "green", 1}, {"Mål 3", "green", 1},
                                    {"Mål 4", "red", 6},   {"Mål 5", "green", 1}};
  EXPECT_EQ(SuggestStatus(goals, RollupRule::kWeighted, scale).status, "yellow");
  goals[3].weight = 1;
  EXPECT_EQ(SuggestStatus(goals, RollupRule::kWeighted, scale).status, "green");
}

TEST(StatusRollupTest, WeightedRoundsHalfTowardsWorse) {
  auto scale = *StatusScale::Named("traffic_light");
  EXPECT_EQ(SuggestStatus({{"a", "green", 1}, {"b", "yellow", 1}}, RollupRule::kWeighted, scale).status,
            "yellow");
}

TEST(StatusRollupTest, NothingAssessedSuggestsNotAssessed) {
  auto scale = *StatusScale::Named("five_point");
  EXPECT_EQ(SuggestStatus({{"a", "not_assessed", 1}, {"b", "no_data", 1}}, RollupRule::kWorstOf, scale).status,
            "not_assessed");
  EXPECT_EQ(SuggestStatus({}, RollupRule::kWeighted, scale).status, "not_assessed");
}

TEST(StatusRollupTest, AchievementMapsOntoTheScale) {
  auto five = *StatusScale::Named("five_point");
  EXPECT_EQ(StatusForAchievement(AchievementStatus::kOnTrack, five), "green");
  EXPECT_EQ(StatusForAchievement(AchievementStatus::kAtRisk, five), "amber");
  EXPECT_EQ(StatusForAchievement(AchievementStatus::kOffTrack, five), "red");
  EXPECT_EQ(StatusForAchievement(AchievementStatus::kNoData, five), "no_data");
}

}  // namespace
}  // namespace fremdrift
