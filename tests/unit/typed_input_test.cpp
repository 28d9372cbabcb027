// Numbers, percentages and dates as Norwegians type them (domain/typed_input.h).
#include <gtest/gtest.h>

#include "domain/typed_input.h"

namespace fremdrift {
namespace {

TEST(TypedNumber, ReadsDecimalCommaAndSpaceGroups) {
  EXPECT_EQ(ParseTypedNumber("1 234,5"), 1234.5);
  EXPECT_EQ(ParseTypedNumber("1\xC2\xA0" "234,5"), 1234.5);       // U+00A0
  EXPECT_EQ(ParseTypedNumber("1\xE2\x80\xAF" "234\xE2\x80\xAF" "567"), 1234567.0);  // U+202F
  EXPECT_EQ(ParseTypedNumber("35,5"), 35.5);
  EXPECT_EQ(ParseTypedNumber(",5"), 0.5);
  EXPECT_EQ(ParseTypedNumber("  12  "), 12.0);
}

TEST(TypedNumber, ReadsIsoNotationToo) {
  EXPECT_EQ(ParseTypedNumber("1234.5"), 1234.5);
  EXPECT_EQ(ParseTypedNumber("+7"), 7.0);
}

TEST(TypedNumber, ReadsEveryMinus) {
  EXPECT_EQ(ParseTypedNumber("-3,25"), -3.25);
  EXPECT_EQ(ParseTypedNumber("\xE2\x88\x92" "3,25"), -3.25);  // U+2212
  EXPECT_EQ(ParseTypedNumber("\xE2\x88\x92" "1 000"), -1000.0);
}

TEST(TypedNumber, RefusesAmbiguousOrBrokenNumbers) {
  EXPECT_FALSE(ParseTypedNumber("1.234,5"));  // point as thousands separator
  EXPECT_FALSE(ParseTypedNumber("1,234.5"));
  EXPECT_FALSE(ParseTypedNumber("12 34"));
  EXPECT_FALSE(ParseTypedNumber("1 2345"));
  EXPECT_FALSE(ParseTypedNumber("1234 567"));
  EXPECT_FALSE(ParseTypedNumber("1,"));
  EXPECT_FALSE(ParseTypedNumber("1e3"));
  EXPECT_FALSE(ParseTypedNumber(""));
  EXPECT_FALSE(ParseTypedNumber("-"));
  EXPECT_FALSE(ParseTypedNumber("nan"));
  EXPECT_FALSE(ParseTypedNumber("inf"));
  EXPECT_FALSE(ParseTypedNumber("12 %"));
  EXPECT_FALSE(ParseTypedNumber("--1"));
}

TEST(TypedPercent, ReadsPercentWithOrWithoutSpace) {
  EXPECT_EQ(ParseTypedPercent("35 %"), 35.0);
  EXPECT_EQ(ParseTypedPercent("35%"), 35.0);
  EXPECT_EQ(ParseTypedPercent("35\xC2\xA0%"), 35.0);
  EXPECT_EQ(ParseTypedPercent("12,5 %"), 12.5);
  EXPECT_EQ(ParseTypedPercent("40"), 40.0);
  EXPECT_EQ(ParseTypedPercent("\xE2\x88\x92" "2 %"), -2.0);
}

TEST(TypedPercent, RefusesALonePercentSignOrTwoSpaces) {
  EXPECT_FALSE(ParseTypedPercent("%"));
  EXPECT_FALSE(ParseTypedPercent(" %"));
  EXPECT_FALSE(ParseTypedPercent("35  %"));
  EXPECT_FALSE(ParseTypedPercent("35 %%"));
}

TEST(TypedDate, ReadsNorwegianAndIsoDates) {
  EXPECT_EQ(ParseTypedDate("31.12.2023")->ToIso(), "2023-12-31");
  EXPECT_EQ(ParseTypedDate("1.2.2023")->ToIso(), "2023-02-01");
  EXPECT_EQ(ParseTypedDate(" 29.02.2024 ")->ToIso(), "2024-02-29");
  EXPECT_EQ(ParseTypedDate("2023-12-31")->ToIso(), "2023-12-31");
}

TEST(TypedDate, RefusesDaysThatDoNotExistAndOtherShapes) {
  EXPECT_FALSE(ParseTypedDate("31.02.2023"));
  EXPECT_FALSE(ParseTypedDate("29.02.2023"));
  EXPECT_FALSE(ParseTypedDate("32.01.2023"));
  EXPECT_FALSE(ParseTypedDate("1.13.2023"));
  EXPECT_FALSE(ParseTypedDate("31.12.23"));
  EXPECT_FALSE(ParseTypedDate("31/12/2023"));
  EXPECT_FALSE(ParseTypedDate("31.12.2023."));
  EXPECT_FALSE(ParseTypedDate("123.1.2023"));
  EXPECT_FALSE(ParseTypedDate(""));
}

TEST(TypedDate, ConvertsToIsoOrLeavesTextForTheRule) {
  EXPECT_EQ(TypedDateToIso("31.12.2019"), "2019-12-31");
  EXPECT_EQ(TypedDateToIso("undefined"), "undefined");
  EXPECT_EQ(TypedDateToIso(" 31.02.2023 "), "31.02.2023");
}

TEST(TypedDateTime, ConvertsANorwegianDateAndTimeToIso) {
  EXPECT_EQ(TypedDateTimeToIso("31.12.2023 12:00"), "2023-12-31T12:00");
  EXPECT_EQ(TypedDateTimeToIso("1.2.2024 kl. 9.05"), "2024-02-01T09:05");
  EXPECT_EQ(TypedDateTimeToIso("2024-02-01 09:05"), "2024-02-01T09:05");
  EXPECT_EQ(TypedDateTimeToIso("2024-02-01T09:05"), "2024-02-01T09:05") << "ISO is left as it is";
  EXPECT_EQ(TypedDateTimeToIso("31.02.2023 12:00"), "31.02.2023 12:00") << "no such day";
  EXPECT_EQ(TypedDateTimeToIso("31.12.2023 24:00"), "31.12.2023 24:00");
  EXPECT_EQ(TypedDateTimeToIso("31.12.2023 12:0"), "31.12.2023 12:0");
}

}  // namespace
}  // namespace fremdrift
