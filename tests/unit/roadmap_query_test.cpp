// Choosing the roadmap's strategy and filter (web/page_roadmap_query.h).
#include <gtest/gtest.h>

#include "domain/failure.h"
#include "web/page_roadmap_query.h"

namespace fremdrift {
namespace {

Strategy MakeStrategy(int64_t id, const std::string& key, int start, bool published) {
  Strategy s;
  s.id = id;
  s.key = key;
  s.period_start = start;
  s.period_end = start + 5;
  s.published = published;
  s.level_names = {"Mål", "Delmål", "Tema", "Leveranse"};
  return s;
}

TEST(RoadmapQuery, DefaultsToTheNewestPublishedStrategy) {
  std::vector<Strategy> visible{MakeStrategy(1, "nes-2017-2022", 2017, true),
                                MakeStrategy(2, "nes-2023-2030", 2023, true),
                                MakeStrategy(3, "intern-2031", 2031, false)};
  EXPECT_EQ(DefaultRoadmapStrategy(visible)->key, "nes-2023-2030");
}

TEST(RoadmapQuery, FallsBackToTheNewestVisibleWhenNoneIsPublished) {
  std::vector<Strategy> visible{MakeStrategy(3, "intern-2031", 2031, false),
                                MakeStrategy(4, "intern-2029", 2029, false)};
  EXPECT_EQ(DefaultRoadmapStrategy(visible)->key, "intern-2031");
  EXPECT_EQ(DefaultRoadmapStrategy({}), std::nullopt);
}

TEST(RoadmapQuery, FiltersTheDeepestLevelByOwnerUserGroupAndPhase) {
  RoadmapChoice choice;
  choice.owner = "Hdir";
  choice.user_group = "kommune-og-fylkeskommune";
  choice.phase = "innforing";
  ItemFilter f = RoadmapItemFilter(MakeStrategy(2, "s", 2023, true), choice);
  EXPECT_EQ(f.strategy_id, 2);
  EXPECT_EQ(f.level, 4);
  EXPECT_EQ(f.owner, "Hdir");
  EXPECT_EQ(f.user_group, "kommune-og-fylkeskommune");
  EXPECT_EQ(f.phase, "innforing");
  ItemFilter all = RoadmapItemFilter(MakeStrategy(2, "s", 2023, true), RoadmapChoice{});
  EXPECT_FALSE(all.owner || all.user_group || all.phase);
}

TEST(RoadmapQuery, AChoiceNamingNothingIsRefusedNamingTheParameter) {
  PlanItem goal;
  goal.level = 1;
  goal.key = "1";
  PlanNames names = PlanNames::From({{0, "Hdir", "Helsedirektoratet", "directorate", ""}},
                                    {{0, "kommune", "Kommune", ""}});
  auto field = [&](RoadmapChoice c) -> std::string {
    try {
      CheckRoadmapChoice(c, MakeStrategy(2, "s", 2023, true), {goal}, names);
    } catch (const Failure& f) {
      EXPECT_EQ(f.code(), FailureCode::kInvalid);
      return f.field();
    }
    return "";
  };
  EXPECT_EQ(field(RoadmapChoice{"1", "Hdir", "kommune", "", RoadmapGrouping::kParent}), "");
  EXPECT_EQ(field(RoadmapChoice{"2", "", "", "", RoadmapGrouping::kParent}), "mal");
  EXPECT_EQ(field(RoadmapChoice{"", "hdir", "", "", RoadmapGrouping::kParent}), "eier");
  EXPECT_EQ(field(RoadmapChoice{"", "", "x", "", RoadmapGrouping::kParent}), "brukergruppe");
  // A phase of the strategy's own scale (the default here), not of another.
  EXPECT_EQ(field(RoadmapChoice{"", "", "", "innforing", RoadmapGrouping::kParent}), "");
  EXPECT_EQ(field(RoadmapChoice{"", "", "", "pilotering", RoadmapGrouping::kParent}), "fase");
}

TEST(RoadmapQuery, ThePhaseIsCheckedAndFilteredOnTheStrategysOwnScale) {
  Strategy s = MakeStrategy(3, "ks", 2022, true);
  s.phase_scale = "tjenesteinnovasjon";
  PlanNames names;
  names.phase_scales["tjenesteinnovasjon"] =
      PhaseScale{"tjenesteinnovasjon", "Veikart for tjenesteinnovasjon", "", "",
                 {{"forankring", "Forankring", ""}, {"pilotering", "Pilotering", ""}}};
  RoadmapChoice c;
  c.phase = "pilotering";
  EXPECT_NO_THROW(CheckRoadmapChoice(c, s, {}, names));
  c.phase = "innforing";
  EXPECT_THROW(CheckRoadmapChoice(c, s, {}, names), Failure);
  c.phase = "pilotering";
  ItemFilter f = RoadmapItemFilter(s, c, names.PhaseScaleOf(s));
  EXPECT_EQ(f.phase, "pilotering");
  ASSERT_EQ(f.phase_scales.count(3), 1u);
  EXPECT_EQ(f.phase_scales.at(3).key, "tjenesteinnovasjon");
}

}  // namespace
}  // namespace fremdrift
