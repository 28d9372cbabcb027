// Decimal numbers as written in CSV files: English and Norwegian notation,
// and everything that is not a plain number refused.
#include <gtest/gtest.h>

#include <cmath>

#include "formats/decimal.h"

namespace fremdrift {
namespace {

constexpr bool kComma = true;
constexpr bool kNoComma = false;

TEST(DecimalTest, ParsesPlainNumbers) {
  EXPECT_EQ(ParseDecimal("12", kNoComma), 12.0);
  EXPECT_EQ(ParseDecimal("0", kNoComma), 0.0);
  EXPECT_EQ(ParseDecimal("007", kNoComma), 7.0);
  EXPECT_EQ(ParseDecimal("12.5", kNoComma), 12.5);
  EXPECT_EQ(ParseDecimal(".5", kNoComma), 0.5);
  EXPECT_EQ(ParseDecimal("-3", kNoComma), -3.0);
  EXPECT_EQ(ParseDecimal("+4.25", kNoComma), 4.25);
  EXPECT_EQ(ParseDecimal("-0.125", kComma), -0.125);
  EXPECT_EQ(ParseDecimal("0.1", kNoComma), 0.1);
  EXPECT_EQ(ParseDecimal("123456789012345678", kNoComma), 123456789012345678.0);
}

TEST(DecimalTest, NegativeZeroKeepsItsSign) {
  auto v = ParseDecimal("-0", kNoComma);
  ASSERT_TRUE(v);
  EXPECT_TRUE(std::signbit(*v));
}

TEST(DecimalTest, ParsesExponents) {
  EXPECT_EQ(ParseDecimal("1.5e3", kNoComma), 1500.0);
  EXPECT_EQ(ParseDecimal("2E-4", kNoComma), 2e-4);
  EXPECT_EQ(ParseDecimal("1e+2", kNoComma), 100.0);
  EXPECT_EQ(ParseDecimal("-1,5e2", kComma), -150.0);
}

TEST(DecimalTest, TrimsSurroundingSpaces) {
  EXPECT_EQ(ParseDecimal("  12.5 ", kNoComma), 12.5);
  EXPECT_EQ(ParseDecimal("\t7\t", kNoComma), 7.0);
  EXPECT_EQ(ParseDecimal("\xC2\xA0" "7\xE2\x80\xAF", kNoComma), 7.0);
  EXPECT_EQ(ParseDecimal(" 1 234,5 ", kComma), 1234.5);
}

TEST(DecimalTest, DecimalCommaOnlyWhenAllowed) {
  EXPECT_EQ(ParseDecimal("12,5", kComma), 12.5);
  EXPECT_EQ(ParseDecimal("12.5", kComma), 12.5);
  EXPECT_EQ(ParseDecimal("12,5", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1,234", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1,234", kComma), 1.234);
}

TEST(DecimalTest, AcceptsThousandsSeparatorsWithDecimalComma) {
  EXPECT_EQ(ParseDecimal("1 234,5", kComma), 1234.5);
  EXPECT_EQ(ParseDecimal("1 234 567", kComma), 1234567.0);
  EXPECT_EQ(ParseDecimal("-12 345,75", kComma), -12345.75);
  EXPECT_EQ(ParseDecimal("1\xC2\xA0" "234,5", kComma), 1234.5);   // U+00A0
  EXPECT_EQ(ParseDecimal("1\xE2\x80\xAF" "234,5", kComma), 1234.5);  // U+202F
  EXPECT_EQ(ParseDecimal("999 000", kComma), 999000.0);
}

TEST(DecimalTest, RefusesBadlyGroupedDigits) {
  EXPECT_EQ(ParseDecimal("1 234", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("12 34", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1 23", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1 2345", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1234 567", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1  234", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("- 234", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1 234 ,5", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1,234 567", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1 234e3 000", kComma), std::nullopt);
}

TEST(DecimalTest, RefusesEmptyText) {
  EXPECT_EQ(ParseDecimal("", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("   ", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("-", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("+", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal(",", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal(".", kNoComma), std::nullopt);
}

TEST(DecimalTest, RefusesMoreThanOneDecimalSeparator) {
  EXPECT_EQ(ParseDecimal("1.2.3", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1,2,3", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1.234,5", kComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1,234.5", kComma), std::nullopt);
}

TEST(DecimalTest, RefusesWordsAndOtherNotations) {
  for (const char* text : {"nan", "NaN", "-nan", "inf", "-inf", "Infinity", "0x10", "1e", "1e+",
                           "e5", "1 e5", "--1", "+-1", "12a", "a12", "1_000", "5.", "1'000",
                           "12 %", "kr 12", "1.5e3.2", "1e5e5", "\xEF\xBC\x91"}) {
    EXPECT_EQ(ParseDecimal(text, kComma), std::nullopt) << text;
    EXPECT_EQ(ParseDecimal(text, kNoComma), std::nullopt) << text;
  }
}

TEST(DecimalTest, RefusesValuesOutsideDoubleRange) {
  EXPECT_EQ(ParseDecimal("1e999", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("-1e999", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1e-999", kNoComma), std::nullopt);
  EXPECT_EQ(ParseDecimal("1.7e308", kNoComma), 1.7e308);
}

TEST(DecimalTest, ParsesLongNumbers) {
  std::string digits = "0." + std::string(300, '0') + "1";
  EXPECT_EQ(ParseDecimal(digits, kNoComma), 1e-301);
}

}  // namespace
}  // namespace fremdrift
