// BuildPlanTree: nesting, sibling order and items whose parent is missing;
// and the walks up the tree (AncestorsOf, TopAncestorOf, RootOf), which
// agree with it on where an item belongs, orphans included.
#include <gtest/gtest.h>

#include <set>

#include "domain/plan_tree.h"

namespace fremdrift {
namespace {

PlanItem Node(int64_t id, std::optional<int64_t> parent, int64_t sort_order) {
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

TEST(PlanTreeTest, NestsChildrenUnderTheirParents) {
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(2, 1, 0), Node(3, 2, 0),
                                 Node(4, {}, 1), Node(5, 4, 0)};
  auto roots = BuildPlanTree(items);
  ASSERT_EQ(roots.size(), 2u);
  EXPECT_EQ(roots[0].item->id, 1);
  ASSERT_EQ(roots[0].children.size(), 1u);
  EXPECT_EQ(roots[0].children[0].item->id, 2);
  ASSERT_EQ(roots[0].children[0].children.size(), 1u);
  EXPECT_EQ(roots[0].children[0].children[0].item->id, 3);
  EXPECT_EQ(roots[1].item->id, 4);
  EXPECT_EQ(roots[1].children[0].item->id, 5);
}

TEST(PlanTreeTest, SiblingsFollowSortOrderNotInputOrder) {
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(10, 1, 2), Node(11, 1, 0),
                                 Node(12, 1, 1)};
  auto roots = BuildPlanTree(items);
  ASSERT_EQ(roots[0].children.size(), 3u);
  EXPECT_EQ(roots[0].children[0].item->id, 11);
  EXPECT_EQ(roots[0].children[1].item->id, 12);
  EXPECT_EQ(roots[0].children[2].item->id, 10);
}

TEST(PlanTreeTest, EqualSortOrderFallsBackToId) {
  std::vector<PlanItem> items = {Node(9, {}, 0), Node(3, {}, 0), Node(5, {}, 0)};
  EXPECT_EQ(Ids(TreeOrder(BuildPlanTree(items))), (std::vector<int64_t>{3, 5, 9}));
}

TEST(PlanTreeTest, ItemWithMissingParentBecomesARoot) {
  std::vector<PlanItem> items = {Node(1, {}, 1), Node(2, 99, 0), Node(3, 2, 0)};
  auto roots = BuildPlanTree(items);
  ASSERT_EQ(roots.size(), 2u);
  // The orphan (sort order 0) is kept, with its own child, before item 1.
  EXPECT_EQ(roots[0].item->id, 2);
  ASSERT_EQ(roots[0].children.size(), 1u);
  EXPECT_EQ(roots[0].children[0].item->id, 3);
  EXPECT_EQ(roots[1].item->id, 1);
}

TEST(PlanTreeTest, ItemThatIsItsOwnParentBecomesARoot) {
  std::vector<PlanItem> items = {Node(1, 1, 0)};
  auto roots = BuildPlanTree(items);
  ASSERT_EQ(roots.size(), 1u);
  EXPECT_TRUE(roots[0].children.empty());
}

TEST(PlanTreeTest, NothingDisappears) {
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(2, 1, 0), Node(3, 42, 0),
                                 Node(4, 3, 0), Node(5, {}, 1)};
  EXPECT_EQ(TreeOrder(BuildPlanTree(items)).size(), items.size());
}

TEST(PlanTreeTest, ItemsOnAParentCycleAreKeptOnce) {
  // 2 -> 3 -> 4 -> 2, and 5 under 3; reachable from no root.
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(2, 4, 0), Node(3, 2, 0), Node(4, 3, 0),
                                 Node(5, 3, 1)};
  auto roots = BuildPlanTree(items);
  auto order = Ids(TreeOrder(roots));
  EXPECT_EQ(order.size(), items.size());
  EXPECT_EQ(std::set<int64_t>(order.begin(), order.end()),
            (std::set<int64_t>{1, 2, 3, 4, 5}));
  ASSERT_EQ(roots.size(), 2u);
  EXPECT_EQ(roots[0].item->id, 1);
  EXPECT_EQ(roots[1].item->id, 2);  // the first of the cycle in sibling order
  EXPECT_EQ(order, (std::vector<int64_t>{1, 2, 3, 4, 5}));
}

TEST(PlanTreeTest, TreeOrderIsDepthFirstParentsBeforeChildren) {
  std::vector<PlanItem> items = {Node(5, 4, 0), Node(4, {}, 1), Node(3, 1, 1),
                                 Node(2, 1, 0), Node(1, {}, 0)};
  EXPECT_EQ(Ids(TreeOrder(BuildPlanTree(items))), (std::vector<int64_t>{1, 2, 3, 4, 5}));
}

TEST(PlanTreeTest, EmptyInputGivesEmptyForest) {
  EXPECT_TRUE(BuildPlanTree({}).empty());
}

TEST(PlanAncestryTest, AncestorsAreListedTopLevelFirst) {
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(2, 1, 0), Node(3, 2, 0)};
  auto by_id = IndexById(items);
  EXPECT_EQ(Ids(AncestorsOf(items[2], by_id)), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(TopAncestorOf(items[2], by_id)->id, 1);
}

TEST(PlanAncestryTest, ATopLevelItemHasNoAncestorsAndIsItsOwnTop) {
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(2, 1, 0)};
  auto by_id = IndexById(items);
  EXPECT_TRUE(AncestorsOf(items[0], by_id).empty());
  EXPECT_EQ(TopAncestorOf(items[0], by_id), &items[0]);
}

TEST(PlanAncestryTest, AnOrphanIsItsOwnTopAsInTheTree) {
  // Item 3's parent 9 is not among the items: the tree makes 3 a root, and
  // the walk up stops there too, so 4 goes with 3 and nothing is lost.
  std::vector<PlanItem> items = {Node(1, {}, 0), Node(3, 9, 0), Node(4, 3, 0)};
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
  std::vector<PlanItem> items = {Node(1, 2, 0), Node(2, 1, 0)};
  auto by_id = IndexById(items);
  EXPECT_EQ(Ids(AncestorsOf(items[0], by_id)), (std::vector<int64_t>{2}));
  EXPECT_EQ(RootOf(BuildPlanTree(items)).size(), 2u);
}

}  // namespace
}  // namespace fremdrift
