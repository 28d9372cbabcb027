// Which items a list or roadmap shows: IsActiveOn and each criterion of
// MatchesFilter on its own.
#include <gtest/gtest.h>

#include "domain/item_filter.h"

namespace fremdrift {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

PlanItem Scheduled(const char* start, const char* end) {
  PlanItem i;
  i.start = *ScheduleDate::Parse(start);
  i.end = *ScheduleDate::Parse(end);
  return i;
}

TEST(IsActiveOnTest, ActiveFromStartDayThroughEndDay) {
  PlanItem i = Scheduled("2024-01-01", "2024-12-31");
  EXPECT_FALSE(IsActiveOn(i, D("2023-12-31")));
  EXPECT_TRUE(IsActiveOn(i, D("2024-01-01")));
  EXPECT_TRUE(IsActiveOn(i, D("2024-06-15")));
  EXPECT_TRUE(IsActiveOn(i, D("2024-12-31")));
  EXPECT_FALSE(IsActiveOn(i, D("2025-01-01")));
}

TEST(IsActiveOnTest, UndefinedEndStaysActiveForever) {
  PlanItem i = Scheduled("2026-10-01", "undefined");
  EXPECT_FALSE(IsActiveOn(i, D("2026-09-30")));
  EXPECT_TRUE(IsActiveOn(i, D("2026-10-01")));
  EXPECT_TRUE(IsActiveOn(i, D("2099-01-01")));
}

TEST(IsActiveOnTest, ItemWithoutStartIsNeverActive) {
  EXPECT_FALSE(IsActiveOn(Scheduled("", "2030-12-31"), D("2025-01-01")));
  EXPECT_FALSE(IsActiveOn(Scheduled("undefined", "2023-12-31"), D("2023-06-01")));
  EXPECT_FALSE(IsActiveOn(Scheduled("undefined", "undefined"), D("2023-06-01")));
}

TEST(IsActiveOnTest, StartWithoutAnyEndIsNotActive) {
  // No end at all (the level has no dates) is not the same as "undefined".
  EXPECT_FALSE(IsActiveOn(Scheduled("2024-01-01", ""), D("2024-06-01")));
}

PlanItem Deliverable() {
  PlanItem i;
  i.id = 7;
  i.strategy_id = 1;
  i.level = 4;
  i.owners = {"Hdir", "NHN"};
  i.user_groups = {"kommune-og-fylkeskommune"};
  i.phases = PhaseRange{"utvikling", "innforing"};
  i.start = *ScheduleDate::Parse("2024-01-01");
  i.end = *ScheduleDate::Parse("2025-12-31");
  return i;
}

TEST(MatchesFilterTest, EmptyFilterMatchesEverything) {
  EXPECT_TRUE(MatchesFilter({}, Deliverable()));
  EXPECT_TRUE(MatchesFilter({}, PlanItem{}));
}

TEST(MatchesFilterTest, StrategyCriterion) {
  ItemFilter f;
  f.strategy_id = 1;
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.strategy_id = 2;
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(MatchesFilterTest, LevelCriterion) {
  ItemFilter f;
  f.level = 4;
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.level = 3;
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(MatchesFilterTest, OwnerCriterionMatchesAnyOfSeveralOwners) {
  ItemFilter f;
  f.owner = "NHN";
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.owner = "Hdir";
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.owner = "KS";
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
  f.owner = "hdir";  // short names are exact
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(MatchesFilterTest, UserGroupCriterion) {
  ItemFilter f;
  f.user_group = "kommune-og-fylkeskommune";
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.user_group = "ks-kommuner";
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(MatchesFilterTest, PhaseCriterionMatchesInsideTheRange) {
  ItemFilter f;
  f.phase = "tilpasning";
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.phase = "i_bruk";
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(MatchesFilterTest, PhaseCriterionUsesTheItemsStrategysScale) {
  // An item of a strategy on the six-step scale: "pilotering" lies within
  // innsikt -> overgang_til_drift there, and a key of another scale does not.
  PhaseScale six{"tjenesteinnovasjon", "Veikart for tjenesteinnovasjon", "", "", {
      {"forankring", "Forankring", ""}, {"innsikt", "Innsikt", ""},
      {"tjenesteutvikling", "Tjenesteutvikling", ""}, {"pilotering", "Pilotering", ""},
      {"overgang_til_drift", "Overgang til drift", ""}, {"ny_praksis", "Ny praksis", ""}}};
  PlanItem i = Deliverable();
  i.strategy_id = 9;
  i.phases = PhaseRange{"innsikt", "overgang_til_drift"};
  ItemFilter f;
  f.phase_scales.emplace(9, six);
  f.phase = "pilotering";
  EXPECT_TRUE(MatchesFilter(f, i));
  f.phase = "ny_praksis";
  EXPECT_FALSE(MatchesFilter(f, i));
  f.phase = "innforing";
  EXPECT_FALSE(MatchesFilter(f, i));
  // Without its scale, the item is read on the default scale, where its keys are unknown.
  f.phase_scales.clear();
  f.phase = "pilotering";
  EXPECT_FALSE(MatchesFilter(f, i));
}

TEST(MatchesFilterTest, PhaseCriterionNeverMatchesItemWithoutPhases) {
  ItemFilter f;
  f.phase = "konsept";
  PlanItem goal;
  EXPECT_FALSE(MatchesFilter(f, goal));
}

TEST(MatchesFilterTest, ActiveOnCriterion) {
  ItemFilter f;
  f.active_on = D("2025-06-01");
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.active_on = D("2026-01-01");
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(MatchesFilterTest, AllCriteriaMustHold) {
  ItemFilter f;
  f.level = 4;
  f.owner = "Hdir";
  f.user_group = "kommune-og-fylkeskommune";
  f.phase = "utvikling";
  f.active_on = D("2024-01-01");
  f.strategy_id = 1;
  EXPECT_TRUE(MatchesFilter(f, Deliverable()));
  f.user_group = "spesialisthelsetjenesten";
  EXPECT_FALSE(MatchesFilter(f, Deliverable()));
}

TEST(FilterItemsTest, KeepsMatchingItemsInTheirOrder) {
  PlanItem a = Deliverable(), b = Deliverable(), c = Deliverable();
  a.id = 1;
  b.id = 2;
  b.owners = {"KS"};
  c.id = 3;
  ItemFilter f;
  f.owner = "Hdir";
  auto out = FilterItems(f, {a, b, c});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].id, 1);
  EXPECT_EQ(out[1].id, 3);
}

}  // namespace
}  // namespace fremdrift
