#include <gtest/gtest.h>

#include "domain/achievement.h"
#include "support/domain_values.h"

namespace fremdrift {
namespace {

using testing::By;
using testing::Pt;

Indicator Higher() {
  Indicator i;
  i.code = "x";
  i.direction = Direction::kHigherIsBetter;
  return i;
}

TEST(AchievementTest, NoMeasurementsIsNoData) {
  auto a = AssessAchievement(Higher(), By(60, "2022-12-31"), {}, {});
  EXPECT_EQ(a.status, AchievementStatus::kNoData);
  EXPECT_EQ(a.reason, AchievementReason::kNoMeasurements);
}

TEST(AchievementTest, ReachedTargetIsOnTrack) {
  auto a = AssessAchievement(Higher(), By(60, "2022-12-31"), {Pt("2020", 10), Pt("2021", 65)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOnTrack);
  EXPECT_EQ(a.reason, AchievementReason::kTargetReached);
}

TEST(AchievementTest, PassedDateWithoutReachingIsOffTrack) {
  auto a = AssessAchievement(Higher(), By(60, "2022-12-31"), {Pt("2020", 10), Pt("2023", 50)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOffTrack);
  EXPECT_EQ(a.reason, AchievementReason::kTargetPassed);
}

TEST(AchievementTest, FarBehindTheStraightPathIsOffTrack) {
  // Kjernejournal in nursing homes: 5 % (2020) → 28 % (April 2022), target
  // 60 % by the end of 2022: the path expects about 41.5 %.
  auto a = AssessAchievement(Higher(), By(60, "2022-12-31"),
                             {Pt("2020", 5), Pt("2021", 17), Pt("2022-01", 23), Pt("2022-04", 28)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOffTrack);
  EXPECT_EQ(a.reason, AchievementReason::kBehindPath);
  EXPECT_NEAR(*a.expected, 41.54, 0.01);
  EXPECT_EQ(*a.start, 5);
}

TEST(AchievementTest, SlightlyBehindIsAtRiskAndWithinToleranceIsOnTrack) {
  // From 0 (2020) to 100 by 2022-12-31; at the end of 2021 about 50 is expected.
  auto at = [](double v) {
    return AssessAchievement(Higher(), By(100, "2022-12-31"), {Pt("2020", 0), Pt("2021", v)}, {}).status;
  };
  EXPECT_EQ(at(60), AchievementStatus::kOnTrack);   // ahead
  EXPECT_EQ(at(45), AchievementStatus::kOnTrack);   // 5 % of the distance behind
  EXPECT_EQ(at(35), AchievementStatus::kAtRisk);    // 15 % behind
  EXPECT_EQ(at(20), AchievementStatus::kOffTrack);  // 30 % behind
}

TEST(AchievementTest, ToleranceIsConfigurable) {
  AchievementRule strict{0.01};
  auto a = AssessAchievement(Higher(), By(100, "2022-12-31"), {Pt("2020", 0), Pt("2021", 45)}, strict);
  EXPECT_EQ(a.status, AchievementStatus::kOffTrack);
}

TEST(AchievementTest, LowerIsBetterReversesTheComparison) {
  Indicator i = Higher();
  i.direction = Direction::kLowerIsBetter;
  EXPECT_EQ(AssessAchievement(i, By(5, "2025-12-31"), {Pt("2023", 17), Pt("2024", 4)}, {}).reason,
            AchievementReason::kTargetReached);
  EXPECT_EQ(AssessAchievement(i, By(5, "2025-12-31"), {Pt("2023", 17), Pt("2024", 17)}, {}).status,
            AchievementStatus::kOffTrack);
}

TEST(AchievementTest, BaselineStartsThePathWhenThereIsOne) {
  Indicator i = Higher();
  i.baseline = Baseline{0, "2020", ""};
  auto a = AssessAchievement(i, By(100, "2022-12-31"), {Pt("2021", 45)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOnTrack);
  EXPECT_EQ(a.start_period, "2020");
}

TEST(AchievementTest, OneMeasurementWithoutBaselineCannotBeJudged) {
  auto a = AssessAchievement(Higher(), By(100, "2025-12-31"), {Pt("2023", 40)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kNoData);
  EXPECT_EQ(a.reason, AchievementReason::kNoBaseline);
}

TEST(AchievementTest, CurrentTargetIsTheNextOneDueElseTheLast) {
  std::vector<Target> ts = {By(60, "2022-12-31"), By(80, "2023-12-31")};
  EXPECT_EQ(CurrentTarget(ts, {}, *Date::Parse("2022-04-30"))->value, 60);
  EXPECT_EQ(CurrentTarget(ts, {}, *Date::Parse("2023-01-31"))->value, 80);
  EXPECT_EQ(CurrentTarget(ts, {}, *Date::Parse("2024-12-31"))->value, 80);
  EXPECT_FALSE(CurrentTarget(ts, {{"tjeneste", "sykehjem"}}, *Date::Parse("2022-04-30")));
}

}  // namespace
}  // namespace fremdrift
