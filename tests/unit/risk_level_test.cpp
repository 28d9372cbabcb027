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

#include "domain/risk.h"

namespace fremdrift {
namespace {

Risk Rated(const char* key, int likelihood, int consequence, RiskState state = RiskState::kOpen) {
  Risk r;
  r.key = key;
  r.subject = "nes-2023-2030/4B";
  r.description = "Forsinket innføring";
  r.likelihood = likelihood;
  r.consequence = consequence;
  r.state = state;
  return r;
}

TEST(RiskTest, ProblemsNameTheFields) {
  Risk r = Rated("", 0, 6);
  r.description.clear();
  std::vector<std::string> fields;
  for (const auto& [field, reason] : RiskProblems(r)) fields.push_back(field);
  EXPECT_EQ(fields, (std::vector<std::string>{"key", "description", "likelihood", "consequence"}));
  EXPECT_TRUE(RiskProblems(Rated("r1", 3, 4)).empty());
}

TEST(RiskTest, LevelFollowsTheScore) {
  EXPECT_EQ(Rated("r", 3, 4).Score(), 12);
  EXPECT_EQ(Rated("r", 3, 4).Level(), RiskLevel::kHigh);
  EXPECT_EQ(Rated("r", 1, 4).Level(), RiskLevel::kLow);
}

TEST(RiskTest, TopRisksAreTheOpenOnesWithTheHighestScores) {
  auto top = TopRisks({Rated("a", 2, 2), Rated("b", 5, 5, RiskState::kClosed), Rated("c", 3, 4),
                       Rated("d", 4, 3), Rated("e", 1, 1)},
                      2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].key, "c");  // 12, ties by key
  EXPECT_EQ(top[1].key, "d");
}

}  // namespace
}  // namespace fremdrift
