// The portfolio's rules: valid items, who may edit them, dependency cycles
// and the delay shares per phase.
#include <gtest/gtest.h>

#include "domain/dependency_cycle.h"
#include "domain/portfolio_rules.h"
#include "domain/portfolio_summary.h"

namespace fremdrift {
namespace {

PortfolioItem PortfolioItemNamed(const std::string& key, PortfolioKind kind = PortfolioKind::kProject) {
  PortfolioItem p;
  p.key = key;
  p.name = key;
  p.kind = kind;
  return p;
}

bool HasProblem(const std::vector<FieldProblem>& problems, const std::string& field) {
  for (const auto& p : problems) {
    if (p.field == field) return true;
  }
  return false;
}

TEST(DependencyCycle, FindsTheCycleAsAPathBackToItsStart) {
  auto cycle = FindDependencyCycle({{"a", {"b"}}, {"b", {"c"}}, {"c", {"a"}}, {"d", {"a"}}});
  ASSERT_TRUE(cycle.has_value());
  EXPECT_EQ(CycleText(*cycle), "a → b → c → a");
}

TEST(DependencyCycle, ADiamondIsNotACycle) {
  EXPECT_FALSE(FindDependencyCycle({{"a", {"b", "c"}}, {"b", {"d"}}, {"c", {"d"}}, {"d", {}}}));
}

TEST(DependencyCycle, DependingOnOneselfIsACycle) {
  auto cycle = FindDependencyCycle({{"a", {"a"}}});
  ASSERT_TRUE(cycle.has_value());
  EXPECT_EQ(CycleText(*cycle), "a → a");
}

TEST(DependencyCycle, ACycleFarFromTheFirstNodeIsNamedWithoutItsLeadIn) {
  auto cycle = FindDependencyCycle({{"a", {"x"}}, {"x", {"y"}}, {"y", {"z"}}, {"z", {"x"}}});
  ASSERT_TRUE(cycle.has_value());
  EXPECT_EQ(CycleText(*cycle), "x → y → z → x");
}

TEST(PortfolioRules, KeyMustBeASlugAndNameIsRequired) {
  PortfolioItem p = PortfolioItemNamed("Helse Plattform");
  p.name = "";
  auto problems = ValidatePortfolioItem(p, nullptr);
  EXPECT_TRUE(HasProblem(problems, "key"));
  EXPECT_TRUE(HasProblem(problems, "name"));
  EXPECT_TRUE(ValidatePortfolioItem(PortfolioItemNamed("helseplattformen"), nullptr).empty());
}

TEST(PortfolioRules, OnlyAProjectIsPartOfAProgrammeAndOnlyOfAProgramme) {
  PortfolioItem programme = PortfolioItemNamed("pll", PortfolioKind::kProgramme);
  PortfolioItem project = PortfolioItemNamed("kj-sykehjem");
  project.programme = "pll";
  EXPECT_TRUE(ValidatePortfolioItem(project, &programme).empty());
  PortfolioItem other_project = PortfolioItemNamed("x");
  EXPECT_TRUE(HasProblem(ValidatePortfolioItem(project, &other_project), "programme"));
  PortfolioItem nested = PortfolioItemNamed("pds", PortfolioKind::kProgramme);
  nested.programme = "pll";
  EXPECT_TRUE(HasProblem(ValidatePortfolioItem(nested, &programme), "programme"));
}

TEST(PortfolioRules, EndsNotBeforeStartsAndBudgetsNotNegative) {
  PortfolioItem p = PortfolioItemNamed("p");
  p.planned_start = ScheduleDate::On({2023, 1, 1});
  p.planned_end = ScheduleDate::On({2022, 12, 31});
  p.budget_mnok = -1;
  auto problems = ValidatePortfolioItem(p, nullptr);
  EXPECT_TRUE(HasProblem(problems, "planned_end"));
  EXPECT_TRUE(HasProblem(problems, "budget_mnok"));
}

TEST(PortfolioRules, AnItemCannotDependOnItselfOrTwiceOnTheSameItem) {
  PortfolioItem p = PortfolioItemNamed("p");
  p.depends_on = {"p"};
  EXPECT_TRUE(HasProblem(ValidatePortfolioItem(p, nullptr), "depends_on"));
  p.depends_on = {"q", "q"};
  EXPECT_TRUE(HasProblem(ValidatePortfolioItem(p, nullptr), "depends_on"));
}

TEST(PortfolioRules, EditorsEditOnlyTheirOwnOrganisationsItems) {
  PortfolioItem p = PortfolioItemNamed("p");
  p.owner = "NHN";
  EXPECT_TRUE(MayEditPortfolioItem({1, "a", "KS", Role::kAdmin}, p));
  EXPECT_TRUE(MayEditPortfolioItem({2, "e", "NHN", Role::kEditor}, p));
  EXPECT_FALSE(MayEditPortfolioItem({3, "f", "KS", Role::kEditor}, p));
  EXPECT_FALSE(MayEditPortfolioItem({4, "r", "NHN", Role::kReader}, p));
  p.owner = "";
  EXPECT_FALSE(MayEditPortfolioItem({2, "e", "NHN", Role::kEditor}, p));
}

TEST(PortfolioSummary, DelayShareCountsOnlyItemsWithBothEndsInThePhase) {
  auto dated = [](const std::string& key, Phase phase, Date planned, std::optional<Date> forecast) {
    PortfolioEntry a{PortfolioItemNamed(key)};
    a.item.phase = phase;
    a.item.planned_end = ScheduleDate::On(planned);
    if (forecast) a.item.forecast_end = ScheduleDate::On(*forecast);
    return a;
  };
  std::vector<PortfolioEntry> items = {
      dated("a", Phase::kDevelopment, {2023, 6, 30}, Date{2023, 12, 31}),  // delayed
      dated("b", Phase::kDevelopment, {2023, 6, 30}, Date{2023, 6, 30}),   // on time
      dated("c", Phase::kDevelopment, {2023, 6, 30}, Date{2023, 1, 31}),   // early
      dated("d", Phase::kDevelopment, {2023, 6, 30}, std::nullopt),        // no forecast
      dated("e", Phase::kIntroduction, {2024, 6, 30}, std::nullopt),
  };
  auto s = SummarisePortfolio(items);
  const DelayShare& dev = s.delays[static_cast<int>(Phase::kDevelopment)];
  EXPECT_EQ(dev.items, 4);
  EXPECT_EQ(dev.with_dates, 3);
  EXPECT_EQ(dev.delayed, 1);
  ASSERT_TRUE(dev.share.has_value());
  EXPECT_NEAR(*dev.share, 1.0 / 3, 1e-9);
  const DelayShare& rollout = s.delays[static_cast<int>(Phase::kIntroduction)];
  EXPECT_EQ(rollout.items, 1);
  EXPECT_FALSE(rollout.share.has_value()) << "unknown, not zero";
}

TEST(PortfolioSummary, CountsListEveryStatusAndRiskWithZeros) {
  PeriodAssessment assessed;
  assessed.assessment.status = "at_risk";
  assessed.assessment.risk = "high";
  std::vector<PortfolioEntry> items = {{PortfolioItemNamed("a"), assessed}, {PortfolioItemNamed("b")}};
  items[1].item.segment = "Kommunal sektor";
  auto s = SummarisePortfolio(items);
  EXPECT_EQ(s.items, 2);
  ASSERT_EQ(s.by_status.size(), 7u);
  EXPECT_EQ(s.by_status[0], (std::pair<std::string, int>{"not_assessed", 1}));
  EXPECT_EQ(s.by_status[3], (std::pair<std::string, int>{"at_risk", 1}));
  EXPECT_EQ(s.by_risk.back(), (std::pair<std::string, int>{"high", 1}));
  ASSERT_EQ(s.by_segment.size(), 2u);
  EXPECT_EQ(s.by_segment[0].first, "");
}

}  // namespace
}  // namespace fremdrift
