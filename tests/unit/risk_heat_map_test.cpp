// The heat map's cells, the register's filters and the version check's
// list of changed fields (domain/risk_heat_map.h, risk_filter.h,
// risk_changes.h; docs/strategy-model.md, "Risks").
#include <gtest/gtest.h>

#include "domain/risk_changes.h"
#include "domain/risk_filter.h"
#include "domain/risk_heat_map.h"

namespace fremdrift {
namespace {

Risk MakeRisk(const std::string& key, int likelihood, int consequence, RiskState state = RiskState::kOpen) {
  Risk r;
  r.key = key;
  r.subject = "nes-2023-2030/1";
  r.description = "d";
  r.likelihood = likelihood;
  r.consequence = consequence;
  r.state = state;
  return r;
}

TEST(RiskHeatMapTest, OpenRisksFallInTheirCellAndClosedOnesOnlyCount) {
  RiskHeatMap map = RiskHeatMapOf({MakeRisk("a", 4, 5), MakeRisk("b", 4, 5), MakeRisk("c", 1, 2),
                                   MakeRisk("d", 5, 5, RiskState::kClosed)});
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
  Risk plan = MakeRisk("a", 5, 4);
  plan.owner = "Hdir";
  Risk portfolio = MakeRisk("b", 1, 1, RiskState::kClosed);
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
  auto risks = RisksOfSubject({MakeRisk("c", 1, 1), MakeRisk("b", 5, 5, RiskState::kClosed), MakeRisk("a", 3, 3),
                               MakeRisk("z", 3, 3)},
                              RiskSubjectKind::kPlanItem, "nes-2023-2030/1");
  ASSERT_EQ(risks.size(), 4u);
  EXPECT_EQ(risks[0].key, "a");
  EXPECT_EQ(risks[1].key, "z");
  EXPECT_EQ(risks[2].key, "c");
  EXPECT_EQ(risks[3].key, "b");
}

TEST(RiskChangesTest, NamesTheFieldsThatDifferInFormOrder) {
  Risk seen = MakeRisk("a", 3, 3);
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
