// The walks up the plan tree (domain/plan_tree.h): AncestorsOf,
// TopAncestorOf and RootOf agree with BuildPlanTree on where an item
// belongs, orphans included.
#include <gtest/gtest.h>

#include "domain/plan_tree.h"

namespace fremdrift {
namespace {

PlanItem Node(int64_t id, std::optional<int64_t> parent, int64_t sort_order = 0) {
  PlanItem p;
  p.id = id;
  p.parent_id = parent;
  p.sort_order = sort_order;
  p.key = "k" + std::to_string(id);
  return p;
}

std::vector<int64_t> Ids(const std::vector<const PlanItem*>& items) {
  std::vector<int64_t> out;
  for (const auto* i : items) out.push_back(i->id);
  return out;
}

TEST(PlanAncestryTest, AncestorsAreListedTopLevelFirst) {
  std::vector<PlanItem> items = {Node(1, {}), Node(2, 1), Node(3, 2)};
  auto by_id = IndexById(items);
  EXPECT_EQ(Ids(AncestorsOf(items[2], by_id)), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(TopAncestorOf(items[2], by_id)->id, 1);
}

TEST(PlanAncestryTest, ATopLevelItemHasNoAncestorsAndIsItsOwnTop) {
  std::vector<PlanItem> items = {Node(1, {}), Node(2, 1)};
  auto by_id = IndexById(items);
  EXPECT_TRUE(AncestorsOf(items[0], by_id).empty());
  EXPECT_EQ(TopAncestorOf(items[0], by_id), &items[0]);
}

TEST(PlanAncestryTest, AnOrphanIsItsOwnTopAsInTheTree) {
  // Item 3's parent 9 is not among the items: the tree makes 3 a root, and
  // the walk up stops there too, so 4 goes with 3 and nothing is lost.
  std::vector<PlanItem> items = {Node(1, {}), Node(3, 9), Node(4, 3)};
  auto by_id = IndexById(items);
  EXPECT_TRUE(AncestorsOf(items[1], by_id).empty());
  EXPECT_EQ(TopAncestorOf(items[2], by_id)->id, 3);
  auto roots = RootOf(BuildPlanTree(items));
  ASSERT_EQ(roots.size(), 3u);
  EXPECT_EQ(roots.at(3)->id, 3);
  EXPECT_EQ(roots.at(4)->id, 3);
  EXPECT_EQ(roots.at(1)->id, 1);
}

TEST(PlanAncestryTest, RootOfAgreesWithTopAncestorOfOnValidData) {
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(2, 1, 0), Node(3, 2, 1), Node(4, {}, 1), Node(5, 4, 0)};
  auto by_id = IndexById(items);
  auto roots = RootOf(BuildPlanTree(items));
  for (const auto& item : items) EXPECT_EQ(roots.at(item.id), TopAncestorOf(item, by_id)) << item.id;
}

TEST(PlanAncestryTest, ACycleEndsTheWalk) {
  std::vector<PlanItem> items = {Node(1, 2), Node(2, 1)};
  auto by_id = IndexById(items);
  EXPECT_EQ(Ids(AncestorsOf(items[0], by_id)), (std::vector<int64_t>{2}));
  EXPECT_EQ(RootOf(BuildPlanTree(items)).size(), 2u);
}

}  // namespace
}  // namespace fremdrift
