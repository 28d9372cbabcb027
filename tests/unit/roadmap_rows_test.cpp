// Grouping the roadmap's deliverables (render/roadmap_rows.h).
#include <gtest/gtest.h>

#include "render/roadmap_rows.h"

namespace fremdrift {
namespace {

class RoadmapRowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    strategy_.key = "s";
    strategy_.level_names = {"Mål", "Delmål", "Tema", "Leveranse"};
    Add(1, std::nullopt, 1, "1", "Mål én");
    Add(2, 1, 2, "1B", "Delmål B");
    Add(3, 2, 3, "", "Tema x");
    Add(4, 3, 4, "", "Leveranse a", {"Hdir"}, {"kommune"});
    Add(5, 3, 4, "", "Leveranse b", {}, {"kommune", "sykehus"});
    Add(6, 3, 4, "", "Leveranse c", {"NHN", "Hdir"}, {});
    names_ = PlanNames::From({{0, "Hdir", "Helsedirektoratet", "directorate", ""},
                              {0, "NHN", "Norsk helsenett", "state_enterprise", ""}},
                             {{0, "kommune", "Kommune", ""}, {0, "sykehus", "Sykehus", ""}});
    catalogue_ = Catalogue::Parse(
        "nb", R"({"group_no_owner": "Uten eier", "group_no_user_group": "Uten brukergruppe",
                  "group_no_parent": "Uten overordnet"})",
        "test");
  }

  void Add(int64_t id, std::optional<int64_t> parent, int level, std::string code,
           std::string title, std::vector<std::string> owners = {},
           std::vector<std::string> groups = {}) {
    PlanItem i;
    i.id = id;
    i.parent_id = parent;
    i.level = level;
    i.code = std::move(code);
    i.title = std::move(title);
    i.owners = std::move(owners);
    i.user_groups = std::move(groups);
    items_.push_back(i);
  }

  std::vector<RoadmapGroup> Group(RoadmapGrouping g) {
    by_id_ = IndexById(items_);
    std::vector<const PlanItem*> deliverables{&items_[3], &items_[4], &items_[5]};
    return GroupRoadmap(g, deliverables, by_id_, strategy_, names_, catalogue_);
  }

  Strategy strategy_;
  std::vector<PlanItem> items_;
  ItemsById by_id_;
  PlanNames names_;
  Catalogue catalogue_ = Catalogue::Parse("nb", "{}", "test");
};

TEST_F(RoadmapRowsTest, DefaultGroupingIsByTheLevelsBetweenGoalAndDeliverable) {
  auto groups = Group(RoadmapGrouping::kParent);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].heading, (std::vector<std::string>{"Delmål 1B: Delmål B", "Tema x"}));
  EXPECT_EQ(groups[0].items.size(), 3u);
}

TEST_F(RoadmapRowsTest, GroupsByGoal) {
  auto groups = Group(RoadmapGrouping::kGoal);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].heading, std::vector<std::string>{"Mål 1: Mål én"});
}

TEST_F(RoadmapRowsTest, GroupsByOwnerNameWithTheUnownedLast) {
  auto groups = Group(RoadmapGrouping::kOwner);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].heading[0], "Helsedirektoratet");
  EXPECT_EQ(groups[0].items.size(), 2u);  // a and c
  EXPECT_EQ(groups[1].heading[0], "Norsk helsenett");
  EXPECT_EQ(groups[2].heading[0], "Uten eier");
  EXPECT_EQ(groups[2].items[0]->title, "Leveranse b");
}

TEST_F(RoadmapRowsTest, GroupsByUserGroupAndAnItemMayBeInSeveral) {
  auto groups = Group(RoadmapGrouping::kUserGroup);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].heading[0], "Kommune");
  EXPECT_EQ(groups[0].items.size(), 2u);
  EXPECT_EQ(groups[1].heading[0], "Sykehus");
  EXPECT_EQ(groups[2].heading[0], "Uten brukergruppe");
}

TEST(RoadmapGroupingKey, RoundTripsEveryGrouping) {
  for (auto g : kAllRoadmapGroupings) EXPECT_EQ(RoadmapGroupingFromKey(RoadmapGroupingKey(g)), g);
  EXPECT_EQ(RoadmapGroupingFromKey("tull"), std::nullopt);
}

}  // namespace
}  // namespace fremdrift
