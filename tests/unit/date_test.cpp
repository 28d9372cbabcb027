// Dates of the plan: strict YYYY-MM-DD with real calendar days, and the
// three states of a schedule date (none, "undefined", a date).
#include <gtest/gtest.h>

#include "domain/date.h"

namespace fremdrift {
namespace {

TEST(DateTest, ParsesIsoDate) {
  auto d = Date::Parse("2026-10-01");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2026);
  EXPECT_EQ(d->month, 10);
  EXPECT_EQ(d->day, 1);
  EXPECT_EQ(d->ToIso(), "2026-10-01");
}

TEST(DateTest, AcceptsFebruary29InLeapYears) {
  EXPECT_TRUE(Date::Parse("2024-02-29"));  // divisible by 4
  EXPECT_TRUE(Date::Parse("2000-02-29"));  // divisible by 400
}

TEST(DateTest, RefusesFebruary29InCommonYears) {
  EXPECT_FALSE(Date::Parse("2023-02-29"));
  EXPECT_FALSE(Date::Parse("1900-02-29"));  // divisible by 100, not 400
  EXPECT_FALSE(Date::Parse("2100-02-29"));
}

TEST(DateTest, RefusesDaysThatDoNotExist) {
  EXPECT_FALSE(Date::Parse("2024-04-31"));
  EXPECT_FALSE(Date::Parse("2024-02-30"));
  EXPECT_FALSE(Date::Parse("2024-13-01"));
  EXPECT_FALSE(Date::Parse("2024-00-10"));
  EXPECT_FALSE(Date::Parse("2024-01-00"));
  EXPECT_FALSE(Date::Parse("2024-01-32"));
  EXPECT_TRUE(Date::Parse("2024-12-31"));
}

TEST(DateTest, RefusesOtherFormats) {
  for (const char* text : {"", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01",
                           "01.10.2026", "2024-01-01T00:00", " 2024-01-01",
                           "2024-01-01 ", "2024-0a-01", "+024-01-01", "undefined"}) {
    EXPECT_FALSE(Date::Parse(text)) << "'" << text << "'";
  }
}

TEST(DateTest, ComparesChronologically) {
  EXPECT_LT(*Date::Parse("2023-12-31"), *Date::Parse("2024-01-01"));
  EXPECT_LT(*Date::Parse("2024-01-31"), *Date::Parse("2024-02-01"));
  EXPECT_EQ(*Date::Parse("2024-02-01"), *Date::Parse("2024-02-01"));
}

TEST(DateTest, ToIsoPadsWithZeros) {
  EXPECT_EQ((Date{7, 3, 9}).ToIso(), "0007-03-09");
}

TEST(ScheduleDateTest, EmptyTextIsNone) {
  auto d = ScheduleDate::Parse("");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->is_none());
  EXPECT_FALSE(d->is_set());
  EXPECT_FALSE(d->is_undefined());
  EXPECT_EQ(d->ToText(), "");
}

TEST(ScheduleDateTest, UndefinedIsNeitherNoneNorSet) {
  auto d = ScheduleDate::Parse("undefined");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->is_undefined());
  EXPECT_FALSE(d->is_none());
  EXPECT_FALSE(d->is_set());
  EXPECT_EQ(d->ToText(), "undefined");
  EXPECT_NE(*d, ScheduleDate::None());
}

TEST(ScheduleDateTest, DateIsSet) {
  auto d = ScheduleDate::Parse("2026-10-01");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->is_set());
  EXPECT_EQ(d->date(), *Date::Parse("2026-10-01"));
  EXPECT_EQ(*d, ScheduleDate::On(*Date::Parse("2026-10-01")));
}

TEST(ScheduleDateTest, RefusesOtherWords) {
  for (const char* text : {"Undefined", "UNDEFINED", "udefinert", "null", "2023-02-29",
                           "tbd"}) {
    EXPECT_FALSE(ScheduleDate::Parse(text)) << "'" << text << "'";
  }
}

TEST(ScheduleDateTest, ToTextIsTheInverseOfParse) {
  for (const char* text : {"", "undefined", "2024-02-29", "2030-12-31"}) {
    EXPECT_EQ(ScheduleDate::Parse(text)->ToText(), text);
  }
}

}  // namespace
}  // namespace fremdrift
