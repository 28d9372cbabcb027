// Reading and writing the start and end of a roadmap action
// (domain/roadmap_version.h: RoadmapTime).
#include <gtest/gtest.h>

#include "domain/roadmap_version.h"

namespace fremdrift {
namespace {

TEST(RoadmapTime, ReadsNothingAYearOrADateAndWritesThemBack) {
  for (const char* text : {"", "2023", "2024-02-29"}) {
    auto t = RoadmapTime::Parse(text);
    ASSERT_TRUE(t) << text;
    EXPECT_EQ(t->ToText(), text);
  }
  EXPECT_EQ(RoadmapTime::Parse("2023")->LastDay(), (Date{2023, 12, 31}));
}

TEST(RoadmapTime, RefusesOtherText) {
  for (const char* text : {"23", "20230", "2023-02-29", "2023-1-1", " 2023", "+202"}) {
    EXPECT_FALSE(RoadmapTime::Parse(text)) << text;
  }
}

// Found by the date fuzzer: "0402" was read as year 402 and written back
// as "402", which the bundle import then refused.
TEST(RoadmapTime, AYearWithLeadingZerosWritesBackAsFourDigits) {
  auto t = RoadmapTime::Parse("0402");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->year(), 402);
  EXPECT_EQ(t->ToText(), "0402");
  EXPECT_EQ(RoadmapTime::Parse(t->ToText()), t);
}

}  // namespace
}  // namespace fremdrift
