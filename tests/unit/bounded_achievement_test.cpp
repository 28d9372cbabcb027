#include <gtest/gtest.h>

#include "domain/achievement.h"
#include "support/domain_values.h"

namespace fremdrift {
namespace {

using testing::By;
using testing::Pt;

Indicator WithDirection(Direction d) {
  Indicator i;
  i.code = "x";
  i.direction = d;
  return i;
}

TEST(BoundedAchievementTest, UpperBoundAboveTheTargetIsNeverOnTrackWhenHigherIsBetter) {
  // "under 90 %" against 80 %: the true value may be 10 %.
  auto a = AssessAchievement(WithDirection(Direction::kHigherIsBetter), By(80, "2025-12-31"),
                             {Pt("2020", 10), Pt("2021", 90, Qualifier::kUnder)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kAtRisk);
  EXPECT_EQ(a.reason, AchievementReason::kBoundInconclusive);
  EXPECT_EQ(a.actual_qualifier, Qualifier::kUnder);
}

TEST(BoundedAchievementTest, UpperBoundFarBelowThePathIsOffTrackWhenHigherIsBetter) {
  // E-consultations "under 2 %" of GP consultations, against a path from
  // 1 % (2018) to 50 % by the end of 2020, in January 2020: far behind
  // whatever the true value is.
  auto a = AssessAchievement(WithDirection(Direction::kHigherIsBetter), By(50, "2020-12-31"),
                             {Pt("2018", 1), Pt("2020-01", 2, Qualifier::kUnder)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOffTrack);
  EXPECT_EQ(a.reason, AchievementReason::kBehindPath);
}

TEST(BoundedAchievementTest, UpperBoundAfterTheTargetDateIsOffTrack) {
  auto a = AssessAchievement(WithDirection(Direction::kHigherIsBetter), By(10, "2020-12-31"),
                             {Pt("2021", 2, Qualifier::kUnder)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOffTrack);
  EXPECT_EQ(a.reason, AchievementReason::kTargetPassed);
}

TEST(BoundedAchievementTest, LowerBoundAboveTheTargetIsOnTrackWhenHigherIsBetter) {
  // "over 200" against 150: the true value is higher still.
  auto a = AssessAchievement(WithDirection(Direction::kHigherIsBetter), By(150, "2025-12-31"),
                             {Pt("2021", 200, Qualifier::kOver)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kOnTrack);
  EXPECT_EQ(a.reason, AchievementReason::kTargetReached);
}

TEST(BoundedAchievementTest, LowerBoundIsTheWorseSideWhenLowerIsBetter) {
  // Waiting time "over 20 days" against 30 days: may be 90 days.
  auto a = AssessAchievement(WithDirection(Direction::kLowerIsBetter), By(30, "2025-12-31"),
                             {Pt("2020", 60), Pt("2021", 20, Qualifier::kOver)}, {});
  EXPECT_EQ(a.status, AchievementStatus::kAtRisk);
  EXPECT_EQ(a.reason, AchievementReason::kBoundInconclusive);
  // "under 20 days" is at least that good.
  auto b = AssessAchievement(WithDirection(Direction::kLowerIsBetter), By(30, "2025-12-31"),
                             {Pt("2020", 60), Pt("2021", 20, Qualifier::kUnder)}, {});
  EXPECT_EQ(b.status, AchievementStatus::kOnTrack);
}

TEST(BoundedAchievementTest, AboutIsAssessedAsItsValue) {
  // E-consultations "om lag 27 %" (May 2021) against 25 %.
  auto a = AssessAchievement(WithDirection(Direction::kHigherIsBetter), By(25, "2025-12-31"),
                             {Pt("2019-01", 2, Qualifier::kUnder), Pt("2021-05", 27, Qualifier::kAbout)},
                             {});
  EXPECT_EQ(a.status, AchievementStatus::kOnTrack);
  EXPECT_EQ(a.actual_qualifier, Qualifier::kAbout);
}

}  // namespace
}  // namespace fremdrift
