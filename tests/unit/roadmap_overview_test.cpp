// The roadmap's overview by goal (render/roadmap_overview.h): when it is
// shown, what each goal's row says, and that the links reach every
// deliverable.
#include <gtest/gtest.h>

#include "render/roadmap_overview.h"

namespace fremdrift {
namespace {

class RoadmapOverviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    strategy_.id = 7;
    strategy_.key = "s";
    strategy_.name = "Strategien";
    strategy_.level_names = {"Mål", "Leveranse"};
    // Three goals; goal 1 has 200 deliverables, goal 2 none, goal 3 has 60.
    for (int64_t g = 1; g <= 3; ++g) {
      PlanItem goal;
      goal.id = g;
      goal.key = "m" + std::to_string(g);
      goal.code = std::to_string(g);
      goal.title = "Mål nummer " + std::to_string(g);
      goal.level = 1;
      items_.push_back(goal);
    }
    for (int64_t d = 1; d <= 260; ++d) {
      PlanItem item;
      item.id = 100 + d;
      item.key = "l" + std::to_string(d);
      item.title = "Leveranse " + std::to_string(d);
      item.level = 2;
      item.parent_id = d <= 200 ? 1 : 3;
      if (d % 4 != 0) item.phases = PhaseRange{"konsept", d % 2 ? "utvikling" : "i_bruk"};
      if (d == 5) item.start = ScheduleDate::On(*Date::Parse("2024-03-01"));
      if (d == 6) item.start = ScheduleDate::On(*Date::Parse("2023-02-01"));
      if (d == 7) item.end = ScheduleDate::On(*Date::Parse("2029-12-31"));
      items_.push_back(item);
    }
    for (size_t i = 3; i < items_.size(); ++i) shown_.push_back(&items_[i]);
  }

  RoadmapPageData Data(const RoadmapChoice& choice) {
    return RoadmapPageData{strategy_, {strategy_}, items_, shown_, shown_.size(), choice, std::nullopt, {}};
  }

  Strategy strategy_;
  std::vector<PlanItem> items_;
  std::vector<const PlanItem*> shown_;
  PlanNames names_;
  Catalogue t_ = Catalogue::Parse("nb", R"({"roadmap_overview_no_phase": "uten fase {count}",
                                           "roadmap_overview_all": "Vis alle {count}"})", "test");
};

TEST_F(RoadmapOverviewTest, ShownAboveTheLimitOnlyWithoutAGoalAndWithoutVisningAlle) {
  ASSERT_GT(shown_.size(), kRoadmapOverviewAbove);
  EXPECT_TRUE(ShowsRoadmapOverview(Data({})));
  RoadmapChoice goal;
  goal.goal = "m1";
  EXPECT_FALSE(ShowsRoadmapOverview(Data(goal))) << "a chosen goal shows its deliverables";
  RoadmapChoice all;
  all.all = true;
  EXPECT_FALSE(ShowsRoadmapOverview(Data(all))) << "visning=alle shows every deliverable";
  shown_.resize(kRoadmapOverviewAbove);
  EXPECT_FALSE(ShowsRoadmapOverview(Data({}))) << "up to the limit the roadmap is drawn whole";
}

TEST_F(RoadmapOverviewTest, EachGoalWithDeliverablesHasItsCountSpanPhasesAndLink) {
  RoadmapChoice choice;
  choice.owner = "Hdir";
  choice.grouping = RoadmapGrouping::kOwner;
  mstch::map view = RoadmapOverviewView(Data(choice), names_, t_);
  const auto& goals = boost::get<mstch::array>(view.at("goals"));
  ASSERT_EQ(goals.size(), 2u) << "goal 2 has no matching deliverable";
  auto field = [&](size_t row, const std::string& key) {
    return boost::get<std::string>(boost::get<mstch::map>(goals[row]).at(key));
  };
  EXPECT_EQ(field(0, "heading"), "Mål 1: Mål nummer 1");
  EXPECT_EQ(field(0, "count"), "200");
  EXPECT_EQ(field(1, "count"), "60");
  // The earliest start and latest end of the goal's deliverables.
  EXPECT_EQ(field(0, "span_text"), "01.02.2023 – 31.12.2029");
  EXPECT_EQ(field(1, "span_text"), "– – –") << "no dates: a dash each";
  // Phases in words with their counts, in the scale's order; none by colour.
  EXPECT_EQ(field(0, "phases_text"), "Utvikling og begrenset utprøving 100, I bruk 50, uten fase 50");
  // The link keeps the reader's filters and adds the goal.
  EXPECT_EQ(field(0, "url"), "/veikart?strategi=s&mal=m1&eier=Hdir&gruppering=eier");
  EXPECT_EQ(boost::get<std::string>(view.at("all_url")), "/veikart?strategi=s&eier=Hdir&gruppering=eier&visning=alle");
  EXPECT_EQ(boost::get<std::string>(view.at("all_text")), "Vis alle 260");
}

}  // namespace
}  // namespace fremdrift
