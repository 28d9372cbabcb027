#include <gtest/gtest.h>

#include "domain/plan_dependency.h"
#include "support/domain_values.h"

namespace fremdrift {
namespace {

using testing::On;

TEST(PlanDependencyTest, CycleThroughTheChangedItemIsFound) {
  // 4B waits for the standardised language (4B-t1-d4); making that wait
  // for 4B closes a circle.
  PlanDependencies all{{"4B", {"4B-t1-d4"}}};
  auto cycle = PlanDependencyCycleWith(all, "4B-t1-d4", {"4B"});
  ASSERT_TRUE(cycle.has_value());
  EXPECT_EQ(CycleText(*cycle), "4B → 4B-t1-d4 → 4B");
  EXPECT_FALSE(PlanDependencyCycleWith(all, "4B-t1-d4", {"4A-t1"}).has_value());
}

TEST(PlanDependencyTest, LongerCycleIsFoundAndReplacingRemovesIt) {
  PlanDependencies all{{"a", {"b"}}, {"b", {"c"}}};
  EXPECT_TRUE(PlanDependencyCycleWith(all, "c", {"a"}).has_value());
  all["c"] = {"a"};
  EXPECT_FALSE(PlanDependencyCycleWith(all, "c", {}).has_value()) << "replaced, not added";
}

TEST(PlanDependencyTest, UnknownSelfAndTwiceAreProblemsByPosition) {
  auto p = PlanDependencyProblems("a", {"b", "a", "zz", "b"}, {"a", "b", "c"});
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].first, "depends_on[1]");
  EXPECT_EQ(p[1].first, "depends_on[2]");
  EXPECT_EQ(p[2].first, "depends_on[3]");
  EXPECT_TRUE(PlanDependencyProblems("a", {"b", "c"}, {"a", "b", "c"}).empty());
}

TEST(PlanDependencyTest, PredecessorEndingAfterTheStartClashes) {
  EXPECT_TRUE(EndsAfterStart(On("2027-12-21"), On("2024-01-01")));
  EXPECT_FALSE(EndsAfterStart(On("2023-12-31"), On("2024-01-01")));
  EXPECT_FALSE(EndsAfterStart(On("2024-01-01"), On("2024-01-01"))) << "same day is no clash";
  EXPECT_FALSE(EndsAfterStart(ScheduleDate::Undefined(), On("2024-01-01")));
  EXPECT_FALSE(EndsAfterStart(On("2027-12-21"), ScheduleDate::None()));
}

TEST(PlanDependencyTest, SuccessorsAreTheItemsThatWaitForIt) {
  PlanDependencies all{{"4B", {"4B-t1-d4"}}, {"2C-t1", {"4A-t1"}}, {"x", {"4A-t1", "4B-t1-d4"}}};
  EXPECT_EQ(WaitingFor(all, "4B-t1-d4"), (std::vector<std::string>{"4B", "x"}));
  EXPECT_TRUE(WaitingFor(all, "4B").empty());
}

}  // namespace
}  // namespace fremdrift
