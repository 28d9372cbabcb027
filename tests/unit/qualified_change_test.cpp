// The change from previous when a value is approximate or a bound
// (domain/qualified_change.h): never a direction the bounds do not show.
#include <gtest/gtest.h>

#include "domain/qualified_change.h"

namespace fremdrift {
namespace {

using Kind = QualifiedChange::Kind;

TEST(QualifiedChangeTest, ExactValuesGiveTheDifference) {
  QualifiedChange c = ChangeBetween(23, Qualifier::kExact, 28, Qualifier::kExact);
  EXPECT_EQ(c.kind, Kind::kKnown);
  EXPECT_DOUBLE_EQ(c.amount, 5);
  EXPECT_FALSE(c.approximate);
}

TEST(QualifiedChangeTest, AnAboutValueMakesTheChangeApproximate) {
  QualifiedChange c = ChangeBetween(20, Qualifier::kExact, 27, Qualifier::kAbout);
  EXPECT_EQ(c.kind, Kind::kKnown);
  EXPECT_DOUBLE_EQ(c.amount, 7);
  EXPECT_TRUE(c.approximate);
}

TEST(QualifiedChangeTest, ABoundOnTheFarSideGivesTheLeastChange) {
  // From 5 % to under 2 %: down by at least 3 points.
  QualifiedChange down = ChangeBetween(5, Qualifier::kExact, 2, Qualifier::kUnder);
  EXPECT_EQ(down.kind, Kind::kAtLeast);
  EXPECT_DOUBLE_EQ(down.amount, -3);
  // From under 100 to over 200: up by at least 100.
  QualifiedChange up = ChangeBetween(100, Qualifier::kUnder, 200, Qualifier::kOver);
  EXPECT_EQ(up.kind, Kind::kAtLeast);
  EXPECT_DOUBLE_EQ(up.amount, 100);
}

TEST(QualifiedChangeTest, ABoundThatAllowsEitherDirectionTellsNone) {
  EXPECT_EQ(ChangeBetween(1, Qualifier::kExact, 2, Qualifier::kUnder).kind, Kind::kUnknown);
  EXPECT_EQ(ChangeBetween(300, Qualifier::kExact, 200, Qualifier::kOver).kind, Kind::kUnknown);
  EXPECT_EQ(ChangeBetween(2, Qualifier::kUnder, 2, Qualifier::kUnder).kind, Kind::kUnknown);
  // Ending where the bound begins is no known direction either.
  EXPECT_EQ(ChangeBetween(2, Qualifier::kExact, 2, Qualifier::kOver).kind, Kind::kUnknown);
}

}  // namespace
}  // namespace fremdrift
