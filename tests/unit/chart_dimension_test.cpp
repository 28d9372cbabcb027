// ChartDimension: the one rule for the dimension an indicator's figures
// are shown by on the monitor and in the status report.
#include <gtest/gtest.h>

#include "domain/chart_dimension.h"

namespace fremdrift {
namespace {

Target For(DimensionValues dims) { return {50, *Date::Parse("2025-12-31"), "", std::move(dims)}; }

TEST(ChartDimensionTest, TheDistributionsDimensionComesFirst) {
  Indicator ind;
  ind.distribution_dimension = "svar";
  ind.targets = {For({{"region", "Nord"}})};
  EXPECT_EQ(ChartDimension(ind, {"region", "svar"}), "svar");
}

TEST(ChartDimensionTest, ATargetForOneDimensionNamesIt) {
  Indicator ind;
  ind.targets = {For({}), For({{"region", "Nord"}})};
  EXPECT_EQ(ChartDimension(ind, {"kjonn", "region"}), "region");
}

TEST(ChartDimensionTest, ATargetForACrossOfTwoDimensionsNamesNeither) {
  // Before the one rule the status report took "kjonn" here (the first
  // name of the cross) while the monitor took the first dimension.
  Indicator ind;
  ind.targets = {For({{"kjonn", "K"}, {"region", "Nord"}})};
  EXPECT_EQ(ChartDimension(ind, {"region", "kjonn"}), "region");
}

TEST(ChartDimensionTest, DimensionsTheSeriesDoesNotHaveAreIgnored) {
  Indicator ind;
  ind.distribution_dimension = "svar";
  ind.targets = {For({{"fylke", "Troms"}})};
  EXPECT_EQ(ChartDimension(ind, {"region"}), "region");
}

TEST(ChartDimensionTest, NoDimensionsIsNone) {
  Indicator ind;
  ind.distribution_dimension = "svar";
  EXPECT_EQ(ChartDimension(ind, {}), "");
}

}  // namespace
}  // namespace fremdrift
