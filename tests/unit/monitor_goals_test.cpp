// GroupByGoal (render/monitor_goals.h): the monitor's overview puts an
// indicator under every goal it or an item below that goal serves, and the
// rest under "other indicators".
#include <gtest/gtest.h>

#include "render/monitor_goals.h"
#include "support/indicator_codes.h"

namespace fremdrift {
namespace {

using testing::Codes;

PlanItem Item(int64_t id, std::optional<int64_t> parent, int level, const std::string& key) {
  PlanItem p;
  p.id = id;
  p.parent_id = parent;
  p.level = level;
  p.key = key;
  return p;
}

Indicator Serving(const std::string& code, std::vector<ServedItem> serves) {
  Indicator i;
  i.code = code;
  i.serves = std::move(serves);
  return i;
}

class GroupByGoalTest : public ::testing::Test {
 protected:
  Strategy strategy{};
  std::vector<PlanItem> items = {Item(1, {}, 1, "m1"), Item(2, 1, 2, "m1a"), Item(3, 2, 3, "m1a-i"),
                                 Item(4, {}, 1, "m2")};
  void SetUp() override { strategy.key = "nes"; }
};

TEST_F(GroupByGoalTest, AnIndicatorServingAnItemBelowAGoalGoesUnderTheGoal) {
  std::vector<Indicator> inds = {Serving("a", {{"nes", "m1a-i"}})};
  auto g = GroupByGoal(inds, strategy, items);
  ASSERT_EQ(g.goals.size(), 2u);
  EXPECT_EQ(g.goals[0].goal->key, "m1");
  EXPECT_EQ(Codes(g.goals[0].indicators), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(g.goals[1].indicators.empty());
  EXPECT_TRUE(g.others.empty());
}

TEST_F(GroupByGoalTest, AnIndicatorServingTwoGoalsIsUnderBothOnce) {
  std::vector<Indicator> inds = {Serving("a", {{"nes", "m1"}, {"nes", "m1a"}, {"nes", "m2"}})};
  auto g = GroupByGoal(inds, strategy, items);
  EXPECT_EQ(Codes(g.goals[0].indicators), (std::vector<std::string>{"a"}));
  EXPECT_EQ(Codes(g.goals[1].indicators), (std::vector<std::string>{"a"}));
}

TEST_F(GroupByGoalTest, IndicatorsOfOtherStrategiesOrUnknownItemsAreOthers) {
  std::vector<Indicator> inds = {Serving("a", {{"other", "m1"}}), Serving("b", {{"nes", "gone"}}),
                                 Serving("c", {}), Serving("d", {{"nes", "m2"}})};
  auto g = GroupByGoal(inds, strategy, items);
  EXPECT_EQ(Codes(g.others), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(Codes(g.goals[1].indicators), (std::vector<std::string>{"d"}));
}

TEST_F(GroupByGoalTest, EveryGoalIsListedInPlanOrderEvenWithoutIndicators) {
  auto g = GroupByGoal({}, strategy, items);
  ASSERT_EQ(g.goals.size(), 2u);
  EXPECT_EQ(g.goals[0].goal->key, "m1");
  EXPECT_EQ(g.goals[1].goal->key, "m2");
}

TEST_F(GroupByGoalTest, AnOrphanCountsAsAGoalAsInThePlanTree) {
  items.push_back(Item(5, 99, 2, "orphan"));
  std::vector<Indicator> inds = {Serving("a", {{"nes", "orphan"}})};
  auto g = GroupByGoal(inds, strategy, items);
  ASSERT_EQ(g.goals.size(), 3u);
  EXPECT_EQ(g.goals[2].goal->key, "orphan");
  EXPECT_EQ(Codes(g.goals[2].indicators), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(g.others.empty());
}

}  // namespace
}  // namespace fremdrift
