#include <gtest/gtest.h>

#include "domain/risk_level.h"

namespace fremdrift {
namespace {

TEST(RiskLevelTest, ScoreIsLikelihoodTimesConsequence) {
  EXPECT_EQ(RiskScore(1, 1), 1);
  EXPECT_EQ(RiskScore(3, 4), 12);
  EXPECT_EQ(RiskScore(5, 5), 25);
}

TEST(RiskLevelTest, RatingsOutsideOneToFiveHaveNoScore) {
  EXPECT_EQ(RiskScore(0, 3), std::nullopt);
  EXPECT_EQ(RiskScore(3, 6), std::nullopt);
  EXPECT_FALSE(ValidRiskRating(-1));
  EXPECT_TRUE(ValidRiskRating(5));
}

TEST(RiskLevelTest, BandsAreLowMediumHighAtTheirEdges) {
  EXPECT_EQ(RiskLevelOfScore(4), RiskLevel::kLow);    // 2 × 2
  EXPECT_EQ(RiskLevelOfScore(5), RiskLevel::kMedium);  // 1 × 5
  EXPECT_EQ(RiskLevelOfScore(9), RiskLevel::kMedium);  // 3 × 3
  EXPECT_EQ(RiskLevelOfScore(10), RiskLevel::kHigh);   // 2 × 5
  EXPECT_EQ(RiskLevelOfScore(25), RiskLevel::kHigh);
  EXPECT_EQ(RiskLevelKey(RiskLevel::kMedium), "medium");
}

}  // namespace
}  // namespace fremdrift
