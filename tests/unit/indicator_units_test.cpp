// IsAdditiveUnit and DimensionKey (domain/indicator.h): which values may be
// summed, and the canonical key of a measurement's dimension values.
#include <gtest/gtest.h>

#include "domain/indicator.h"

namespace fremdrift {
namespace {

TEST(IndicatorUnitsTest, CountsAndMoneyAreAdditive) {
  EXPECT_TRUE(IsAdditiveUnit("count"));
  EXPECT_TRUE(IsAdditiveUnit("mnok"));
}

TEST(IndicatorUnitsTest, SharesRatesAndDurationsAreNotAdditive) {
  for (const char* unit : {"percent", "ratio", "days", "other", ""}) {
    EXPECT_FALSE(IsAdditiveUnit(unit)) << unit;
  }
}

TEST(DimensionKeyTest, NoDimensionsIsTheEmptyKey) { EXPECT_EQ(DimensionKey({}), ""); }

TEST(DimensionKeyTest, NamesAreInOrderWhateverOrderTheyCameIn) {
  DimensionValues a{{"region", "Nord"}, {"kjonn", "K"}};
  EXPECT_EQ(DimensionKey(a), "kjonn=K;region=Nord");
}

TEST(DimensionKeyTest, SeparatorsInNamesAndValuesAreEscaped) {
  // Without escaping, these two would share the key "a=b=c".
  DimensionValues one{{"a", "b=c"}};
  DimensionValues two{{"a=b", "c"}};
  EXPECT_EQ(DimensionKey(one), "a=b\\=c");
  EXPECT_EQ(DimensionKey(two), "a\\=b=c");
  EXPECT_NE(DimensionKey({{"a", "1;b=2"}}), DimensionKey({{"a", "1"}, {"b", "2"}}));
  EXPECT_EQ(DimensionKey({{"a", "x\\y"}}), "a=x\\\\y");
}

}  // namespace
}  // namespace fremdrift
