#include <gtest/gtest.h>

#include "domain/risk_changes.h"
#include "domain/risk_filter.h"
#include "domain/risk_heat_map.h"
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

TEST(RiskHeatMapTest, OpenRisksFallInTheirCellAndClosedOnesOnlyCount) {
  RiskHeatMap map = RiskHeatMapOf({Rated("a", 4, 5), Rated("b", 4, 5), Rated("c", 1, 2),
                                   Rated("d", 5, 5, RiskState::kClosed)});
  EXPECT_EQ(map.Count(4, 5), 2);
  EXPECT_EQ(map.Count(1, 2), 1);
  EXPECT_EQ(map.Count(5, 5), 0) << "a closed risk is not in the grid";
  EXPECT_EQ(map.open, 3);
  EXPECT_EQ(map.closed, 1);
}

TEST(RiskHeatMapTest, EachCellHasTheLevelOfItsScore) {
  EXPECT_EQ(RiskCellLevel(2, 2), RiskLevel::kLow);     // 4
  EXPECT_EQ(RiskCellLevel(1, 5), RiskLevel::kMedium);  // 5
  EXPECT_EQ(RiskCellLevel(3, 3), RiskLevel::kMedium);  // 9
  EXPECT_EQ(RiskCellLevel(5, 2), RiskLevel::kHigh);    // 10
  EXPECT_EQ(RiskCellLevel(5, 5), RiskLevel::kHigh);
}

TEST(RiskFilterTest, FiltersByStateLevelOwnerAndScope) {
  Risk plan = Rated("a", 5, 4);
  plan.owner = "Hdir";
  Risk portfolio = Rated("b", 1, 1, RiskState::kClosed);
  portfolio.subject_kind = RiskSubjectKind::kPortfolioItem;
  portfolio.subject = "helseplattformen";
  std::vector<Risk> all{plan, portfolio};
  EXPECT_EQ(FilterRisks(all, {}).size(), 2u);
  EXPECT_EQ(FilterRisks(all, {.state = "closed"}).front().key, "b");
  EXPECT_EQ(FilterRisks(all, {.level = "high"}).front().key, "a");
  EXPECT_EQ(FilterRisks(all, {.owner = "Hdir"}).size(), 1u);
  EXPECT_EQ(FilterRisks(all, {.scope = "nes-2023-2030"}).front().key, "a");
  EXPECT_EQ(FilterRisks(all, {.scope = "nes-2023"}).size(), 0u) << "a strategy key, not a prefix of one";
  EXPECT_EQ(FilterRisks(all, {.scope = kRiskScopePortfolio}).front().key, "b");
}

TEST(RiskFilterTest, AnItemsRisksAreOpenOnesFirstByScore) {
  auto risks = RisksOfSubject({Rated("c", 1, 1), Rated("b", 5, 5, RiskState::kClosed), Rated("a", 3, 3),
                               Rated("z", 3, 3)},
                              RiskSubjectKind::kPlanItem, "nes-2023-2030/4B");
  ASSERT_EQ(risks.size(), 4u);
  EXPECT_EQ(risks[0].key, "a");
  EXPECT_EQ(risks[1].key, "z");
  EXPECT_EQ(risks[2].key, "c");
  EXPECT_EQ(risks[3].key, "b");
}

TEST(RiskChangesTest, NamesTheFieldsThatDifferInFormOrder) {
  Risk seen = Rated("a", 3, 3);
  Risk now = seen;
  EXPECT_TRUE(RiskChangedFields(seen, now).empty());
  now.version = 4;
  EXPECT_TRUE(RiskChangedFields(seen, now).empty()) << "the version alone is no change of content";
  now.mitigation = "ny";
  now.likelihood = 5;
  now.review_by = Date::Parse("2027-01-01");
  EXPECT_EQ(RiskChangedFields(seen, now), (std::vector<std::string>{"likelihood", "mitigation", "review_by"}));
}

}  // namespace
}  // namespace fremdrift
