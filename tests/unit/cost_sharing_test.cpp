// Cost sharing: exact amounts and their rounding, the two ways of applying
// a key, the rules for records, and the published tables (the NUIT 3/22
// papers, case 22/22) reproduced to their rounding.
#include <gtest/gtest.h>

#include "domain/cost_sharing_rules.h"
#include "domain/cost_table.h"
#include "support/domain_values.h"

namespace fremdrift {
namespace {

using testing::M;

TEST(MnokTest, ParsesUpToThreeDecimalsExactly) {
  EXPECT_EQ(M("70.4").units(), 704'000'000);
  EXPECT_EQ(M("-28").ExactText(), "-28");
  EXPECT_EQ(M("54.165").ExactText(), "54.165");
  EXPECT_EQ(M("+0.5").ExactText(), "0.5");
  EXPECT_FALSE(Mnok::Parse("1.2345"));
  EXPECT_FALSE(Mnok::Parse("1,5"));
  EXPECT_FALSE(Mnok::Parse("5."));
  EXPECT_FALSE(Mnok::Parse(""));
  EXPECT_FALSE(Mnok::Parse("1e3"));
  EXPECT_FALSE(Mnok::Parse("12345678"));  // 10 million MNOK or more
}

TEST(MnokTest, RoundsHalfAwayFromZero) {
  EXPECT_EQ(M("55.535").RoundedText(1), "55.5");
  EXPECT_EQ(M("284.65").RoundedText(1), "284.7");
  EXPECT_EQ(M("-0.05").RoundedText(1), "-0.1");
  EXPECT_EQ(M("567.4").RoundedText(0), "567");
  EXPECT_EQ(M("0.04").RoundedText(1), "0.0");
  EXPECT_EQ(M("-28").RoundedText(1), "-28.0");
  EXPECT_EQ(M("2.5").Rounded(0), M("3"));
}

TEST(MnokTest, KeySharesOfThreeDecimalAmountsAreExact) {
  EXPECT_EQ(M("3").Share(4450).ExactText(), "1.335");
  EXPECT_EQ(M("0.001").Share(1).ExactText(), "0.0000001");
  EXPECT_EQ(M("-28").Share(5000), M("-14"));
  // A tenth shared in thirds adds back up to exactly a tenth.
  Mnok a = M("0.1").Share(3333), b = M("0.1").Share(3333), c = M("0.1").Share(3334);
  EXPECT_EQ(a + b + c, M("0.1"));
}

TEST(KeyPercentTest, ParsesPercentToBasisPoints) {
  EXPECT_EQ(ParseKeyPercent("44.5"), 4450);
  EXPECT_EQ(ParseKeyPercent("100"), 10000);
  EXPECT_EQ(ParseKeyPercent("33.33"), 3333);
  EXPECT_FALSE(ParseKeyPercent("33.333"));
  EXPECT_FALSE(ParseKeyPercent("100.01"));
  EXPECT_FALSE(ParseKeyPercent("-1"));
  EXPECT_EQ(KeyPercentText(4450), "44.5");
  EXPECT_EQ(KeyPercentText(6000), "60");
}

SolutionYear Opening(const char* solution, int year, std::map<std::string, Mnok> shares) {
  SolutionYear r;
  r.solution = solution;
  r.year = year;
  r.method = SharingMethod::kOpening;
  r.opening_shares = std::move(shares);
  return r;
}

SolutionYear Growth(const char* solution, int year, const char* change,
                    std::map<std::string, int> key) {
  SolutionYear r;
  r.solution = solution;
  r.year = year;
  r.method = SharingMethod::kGrowth;
  r.change = M(change);
  r.key = std::move(key);
  return r;
}

SolutionYear OverBase(const char* solution, int year, int base, const char* change,
                      std::map<std::string, int> key) {
  SolutionYear r = Growth(solution, year, change, std::move(key));
  r.method = SharingMethod::kIncreaseOverBase;
  r.base_year = base;
  return r;
}

TEST(CostTableTest, GrowthMethodSharesOnlyThisYearsChange) {
  std::vector<SolutionYear> records = {
      Opening("x", 2021, {{"a", M("50")}, {"b", M("50")}}),
      Growth("x", 2022, "20", {{"a", 6000}, {"b", 4000}}),
      Growth("x", 2023, "10", {{"a", 5000}, {"b", 5000}}),
  };
  auto c = ComputeSolutionCost(records, "x", 2023);
  EXPECT_EQ(c.cost, M("130"));
  EXPECT_EQ(c.shares["a"], M("67"));  // 50 + 12 + 5
  EXPECT_EQ(c.shares["b"], M("63"));  // 50 + 8 + 5
}

TEST(CostTableTest, IncreaseOverBaseResharesTheWholeIncrease) {
  std::vector<SolutionYear> records = {
      Opening("x", 2021, {{"a", M("50")}, {"b", M("50")}}),
      Growth("x", 2022, "20", {{"a", 6000}, {"b", 4000}}),
      OverBase("x", 2023, 2021, "10", {{"a", 5000}, {"b", 5000}}),
  };
  auto c = ComputeSolutionCost(records, "x", 2023);
  EXPECT_EQ(c.cost, M("130"));
  EXPECT_EQ(c.shares["a"], M("65"));  // 50 + 30 × 50 %: last year's skew is undone
  EXPECT_EQ(c.shares["b"], M("65"));
}

TEST(CostTableTest, AGroupOutsideTheKeyKeepsItsShare) {
  std::vector<SolutionYear> records = {
      Opening("x", 2021, {{"a", M("10")}, {"c", M("2")}}),
      Growth("x", 2022, "-4", {{"a", 10000}}),
  };
  auto c = ComputeSolutionCost(records, "x", 2022);
  EXPECT_EQ(c.shares["a"], M("6"));
  EXPECT_EQ(c.shares["c"], M("2"));
  EXPECT_EQ(c.cost, M("8"));
}

TEST(CostTableTest, BrokenChainIsRefused) {
  std::vector<SolutionYear> records = {
      Opening("x", 2020, {{"a", M("10")}}),
      Growth("x", 2022, "1", {{"a", 10000}}),
  };
  EXPECT_THROW(ComputeSolutionCost(records, "x", 2022), Failure);
  EXPECT_FALSE(SolutionChainProblems(records).empty());
  records.push_back(Growth("x", 2021, "1", {{"a", 10000}}));
  EXPECT_TRUE(SolutionChainProblems(records).empty());
  EXPECT_EQ(ComputeSolutionCost(records, "x", 2022).cost, M("12"));
}

TEST(CostSharingRulesTest, KeyMustSumToExactlyOneHundredPercent) {
  std::set<std::string> groups = {"rhf", "kommuner", "apotek"};
  auto r = Growth("x", 2022, "1", {{"rhf", 4450}, {"kommuner", 4450}, {"apotek", 1000}});
  auto problems = SolutionYearProblems(r, groups);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "key");
  EXPECT_NE(problems[0].message.find("99 %"), std::string::npos);
  r.key["apotek"] = 1100;
  EXPECT_TRUE(SolutionYearProblems(r, groups).empty());
  r.key["nav"] = 0;
  EXPECT_EQ(SolutionYearProblems(r, groups).at(0).field, "key.nav");
}

TEST(CostSharingRulesTest, MethodsNeedTheirOwnFields) {
  std::set<std::string> groups = {"a"};
  auto base = OverBase("x", 2023, 2023, "1", {{"a", 10000}});
  EXPECT_EQ(SolutionYearProblems(base, groups).at(0).field, "base_year");
  base.base_year.reset();
  EXPECT_EQ(SolutionYearProblems(base, groups).at(0).field, "base_year");
  auto opening = Opening("x", 2021, {});
  EXPECT_EQ(SolutionYearProblems(opening, groups).at(0).field, "opening_shares");
  auto growth = Growth("x", 2022, "1", {{"a", 10000}});
  growth.change = Mnok::FromUnits(1);
  EXPECT_EQ(SolutionYearProblems(growth, groups).at(0).field, "change");
}

// The NUIT 3/22 papers (case 22/22) prints the 2021 costs, the 2022 changes,
// keys and shares, and the 2023 proposal's growth, totals and keys. It does
// not print the 2021 shares per group. We ASSUME the starting shares below:
// they are the only one-decimal values from which the printed 2022 shares
// follow under the growth method (2022 share minus key × change), and their
// sums (98.4, 89.2, 121.8, 217.0; 526.4 in all) round to the printed 2021
// costs (98, 89, 122, 217; 526). For 2023 we ASSUME the base amount
// ("grunnbeløp") is the 2021 cost, since the source names no figure.
std::vector<SolutionYear> PublishedRecords() {
  const int kRhf50 = 5000, kRhf60 = 6000, kRhf55 = 5500, kErx = 4450, kApotek = 1100;
  return {
      Opening("grunndata-helseid", 2021, {{"rhf", M("49.2")}, {"kommuner", M("49.2")}}),
      Opening("kjernejournal", 2021, {{"rhf", M("44.7")}, {"kommuner", M("44.5")}}),
      Opening("e-resept", 2021,
              {{"rhf", M("54.2")}, {"kommuner", M("54.2")}, {"apotek", M("13.4")}}),
      Opening("helsenorge", 2021, {{"rhf", M("109.6")}, {"kommuner", M("107.4")}}),
      Growth("grunndata-helseid", 2022, "-28", {{"rhf", kRhf50}, {"kommuner", 10000 - kRhf50}}),
      Growth("kjernejournal", 2022, "19", {{"rhf", kRhf60}, {"kommuner", 10000 - kRhf60}}),
      Growth("e-resept", 2022, "3", {{"rhf", kErx}, {"kommuner", kErx}, {"apotek", kApotek}}),
      Growth("helsenorge", 2022, "47", {{"rhf", kRhf60}, {"kommuner", 10000 - kRhf60}}),
      OverBase("grunndata-helseid", 2023, 2021, "7",
               {{"rhf", kRhf50}, {"kommuner", 10000 - kRhf50}}),
      OverBase("kjernejournal", 2023, 2021, "0", {{"rhf", kRhf55}, {"kommuner", 10000 - kRhf55}}),
      OverBase("e-resept", 2023, 2021, "0",
               {{"rhf", kErx}, {"kommuner", kErx}, {"apotek", kApotek}}),
      OverBase("helsenorge", 2023, 2021, "28", {{"rhf", kRhf55}, {"kommuner", 10000 - kRhf55}}),
  };
}

std::vector<NationalSolution> PublishedSolutions() {
  return {{0, "grunndata-helseid", "Grunndata og HelseID", 1, "", "", 0},
          {0, "kjernejournal", "Kjernejournal", 2, "", "", 0},
          {0, "e-resept", "E-resept", 3, "", "", 0},
          {0, "helsenorge", "Helsenorge", 4, "", "", 0}};
}

std::vector<CostGroup> PublishedGroups() {
  return {{0, "rhf", "Regionale helseforetak", 1, ""},
          {0, "kommuner", "Kommuner", 2, ""},
          {0, "apotek", "Apotek", 3, ""}};
}

TEST(PublishedCostTableTest, Published2021CostsFollowFromTheAssumedStartingShares) {
  auto t = ComputeCostTable(2021, PublishedSolutions(), PublishedGroups(), PublishedRecords());
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0].cost.RoundedText(0), "98");
  EXPECT_EQ(t.rows[1].cost.RoundedText(0), "89");
  EXPECT_EQ(t.rows[2].cost.RoundedText(0), "122");
  EXPECT_EQ(t.rows[3].cost.RoundedText(0), "217");
  EXPECT_EQ(t.total_cost.RoundedText(0), "526");
}

TEST(PublishedCostTableTest, Computed2022TableMatchesThePublishedFigures) {
  auto t = ComputeCostTable(2022, PublishedSolutions(), PublishedGroups(), PublishedRecords());
  ASSERT_EQ(t.groups.size(), 3u);
  ASSERT_EQ(t.rows.size(), 4u);
  // Published costs are whole MNOK, shares one decimal.
  const char* cost[] = {"70", "108", "125", "264"};
  const char* change[] = {"-28", "19", "3", "47"};
  const char* rhf[] = {"35.2", "56.1", "55.5", "137.8"};
  const char* kommuner[] = {"35.2", "52.1", "55.5", "126.2"};
  for (int i = 0; i < 4; ++i) {
    SCOPED_TRACE(t.rows[i].solution);
    EXPECT_EQ(t.rows[i].cost.RoundedText(0), cost[i]);
    EXPECT_EQ(t.rows[i].change->RoundedText(0), change[i]);
    EXPECT_EQ(t.rows[i].shares["rhf"].RoundedText(1), rhf[i]);
    EXPECT_EQ(t.rows[i].shares["kommuner"].RoundedText(1), kommuner[i]);
  }
  EXPECT_EQ(t.rows[2].shares["apotek"].RoundedText(1), "13.7");
  EXPECT_EQ(t.rows[3].cost, M("264"));  // Helsenorge: 137.8 + 126.2 exactly
  EXPECT_EQ(t.total_cost.RoundedText(0), "567");
  EXPECT_EQ(t.total_change->RoundedText(0), "41");
  EXPECT_EQ(t.group_totals["rhf"].RoundedText(1), "284.6");
  EXPECT_EQ(t.group_totals["kommuner"].RoundedText(1), "269.0");
  EXPECT_EQ(t.group_totals["apotek"].RoundedText(1), "13.7");
  // The exact shares add up to the exact total cost.
  EXPECT_EQ(t.group_totals["rhf"] + t.group_totals["kommuner"] + t.group_totals["apotek"],
            t.total_cost);
}

TEST(PublishedCostTableTest, Computed2023ProposalMatchesThePublishedTotals) {
  auto t = ComputeCostTable(2023, PublishedSolutions(), PublishedGroups(), PublishedRecords());
  ASSERT_EQ(t.rows.size(), 4u);
  const char* cost[] = {"77", "108", "125", "292"};
  for (int i = 0; i < 4; ++i) EXPECT_EQ(t.rows[i].cost.RoundedText(0), cost[i]);
  EXPECT_EQ(t.total_cost.RoundedText(0), "602");
  EXPECT_EQ(t.total_change->RoundedText(0), "35");
  // Helsenorge: the increase over the 2021 base (292 - 217 = 75) is shared
  // 55/45 on top of the base shares; the printed figure is only the total.
  EXPECT_EQ(t.rows[3].shares["rhf"].ExactText(), "150.85");
  EXPECT_EQ(t.rows[3].shares["kommuner"].ExactText(), "141.15");
}

}  // namespace
}  // namespace fremdrift
