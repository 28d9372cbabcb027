#include <gtest/gtest.h>

#include "domain/period.h"

namespace fremdrift {
namespace {

Period P(const char* text) {
  auto p = Period::Parse(text);
  EXPECT_TRUE(p) << text;
  return *p;
}

TEST(PeriodTest, ParsesEveryFormAndWritesItBack) {
  for (const char* t : {"2022", "2022-T3", "2022-Q1", "2022-01", "2022-W05", "2022-01-31", "2020-W53"}) {
    EXPECT_EQ(P(t).ToString(), t);
  }
}

TEST(PeriodTest, RefusesImpossiblePeriods) {
  for (const char* t : {"", "22", "2022-Q5", "2022-Q0", "2022-T4", "2022-13", "2022-00", "2021-W53",
                        "2022-W00", "2023-02-29", "2022-1", "2022-Q1x", "abcd", "2022/01"}) {
    EXPECT_FALSE(Period::Parse(t)) << t;
  }
}

// Found by the period fuzzer: the last ISO weeks of 9999 end in 10000,
// a year no date can be written in, so their span did not read back.
TEST(PeriodTest, RefusesAWeekThatEndsAfterTheYear9999) {
  EXPECT_FALSE(Period::Parse("9999-W52"));
  EXPECT_EQ(P("9999-W51").End(), (Date{9999, 12, 26}));
  EXPECT_EQ(P("9999-12-31").End(), (Date{9999, 12, 31}));
}

TEST(PeriodTest, KnowsItsCalendarSpan) {
  EXPECT_EQ(P("2022").End().ToIso(), "2022-12-31");
  EXPECT_EQ(P("2022-Q1").End().ToIso(), "2022-03-31");
  EXPECT_EQ(P("2022-T2").Start().ToIso(), "2022-05-01");
  EXPECT_EQ(P("2022-T2").End().ToIso(), "2022-08-31");
  EXPECT_EQ(P("2024-02").End().ToIso(), "2024-02-29");
  // ISO week 1 of 2021 starts on Monday 4 January 2021.
  EXPECT_EQ(P("2021-W01").Start().ToIso(), "2021-01-04");
  EXPECT_EQ(P("2021-W01").End().ToIso(), "2021-01-10");
  // ...and week 53 of 2020 ends on Sunday 3 January 2021.
  EXPECT_EQ(P("2020-W53").End().ToIso(), "2021-01-03");
}

TEST(PeriodTest, RollsUpToCoarserPeriodsOnly) {
  EXPECT_EQ(P("2022-05").RollUp(PeriodType::kQuarter)->ToString(), "2022-Q2");
  EXPECT_EQ(P("2022-05").RollUp(PeriodType::kTertial)->ToString(), "2022-T2");
  EXPECT_EQ(P("2022-05-17").RollUp(PeriodType::kMonth)->ToString(), "2022-05");
  EXPECT_EQ(P("2022-Q3").RollUp(PeriodType::kYear)->ToString(), "2022");
  EXPECT_EQ(P("2020-W53").RollUp(PeriodType::kYear)->ToString(), "2020");
  EXPECT_FALSE(P("2022-W05").RollUp(PeriodType::kMonth));
  EXPECT_FALSE(P("2022-Q2").RollUp(PeriodType::kTertial));
  EXPECT_FALSE(P("2022").RollUp(PeriodType::kMonth));
}

TEST(PeriodTest, DayNumbersRoundTrip) {
  for (int64_t d : {-1000000, -1, 0, 1, 19000, 2932896}) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
}

}  // namespace
}  // namespace fremdrift
