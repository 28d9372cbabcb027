// Periods as measurements store them (storage/period_code.h): every
// period's code gives its text back, and codes sort as the texts do, which
// is what "ORDER BY period" and a year's range of periods rely on.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "domain/failure.h"
#include "domain/period.h"
#include "storage/period_code.h"

namespace fremdrift {
namespace {

// Every period of every kind in two years, and around a year boundary.
std::vector<std::string> PeriodsOf(std::vector<int> years) {
  std::vector<std::string> out;
  for (int y : years) {
    const std::string year = std::to_string(y);
    out.push_back(year);
    for (int t = 1; t <= 3; ++t) out.push_back(year + "-T" + std::to_string(t));
    for (int q = 1; q <= 4; ++q) out.push_back(year + "-Q" + std::to_string(q));
    for (int w = 1; w <= 53; ++w) {
      std::string week = year + "-W" + (w < 10 ? "0" : "") + std::to_string(w);
      if (Period::Parse(week)) out.push_back(week);
    }
    for (int m = 1; m <= 12; ++m) {
      const std::string month = year + "-" + (m < 10 ? "0" : "") + std::to_string(m);
      out.push_back(month);
      for (int d = 1; d <= 31; ++d) {
        std::string day = month + "-" + (d < 10 ? "0" : "") + std::to_string(d);
        if (Period::Parse(day)) out.push_back(day);
      }
    }
  }
  return out;
}

TEST(PeriodCode, EveryPeriodComesBackFromItsCode) {
  for (const auto& p : PeriodsOf({1995, 2020, 2024})) {
    auto code = PeriodCode(p);
    ASSERT_TRUE(code) << p;
    EXPECT_EQ(PeriodFromCode(*code), p);
  }
}

TEST(PeriodCode, CodesSortAsTheTexts) {
  auto periods = PeriodsOf({2020, 2019, 2021});
  std::sort(periods.begin(), periods.end());
  for (size_t i = 1; i < periods.size(); ++i) {
    EXPECT_LT(*PeriodCode(periods[i - 1]), *PeriodCode(periods[i])) << periods[i - 1] << " < " << periods[i];
  }
}

TEST(PeriodCode, AYearsPeriodsLieInItsRange) {
  const int64_t year = *PeriodCode("2022");
  for (const auto& p : PeriodsOf({2022})) {
    EXPECT_GE(*PeriodCode(p), year) << p;
    EXPECT_LT(*PeriodCode(p), year + kPeriodCodeYear) << p;
  }
}

TEST(PeriodCode, OnlyStoredFormsHaveACode) {
  for (const char* text : {"", "22", "2022-", "2022-Q5", "2022-Q0", "2022-T4", "2021-W53", "2022-13",
                           "2023-02-29", "2022-1", "2022-01-1", "2022Q1", "2022-q1", "2022-W5", "abcd",
                           "2022-01-31x", "2022 "}) {
    EXPECT_FALSE(PeriodCode(text)) << text;
  }
  EXPECT_THROW(StoredPeriodCode("2022-Q5"), Failure);
  EXPECT_EQ(StoredPeriodCode("2022-Q4"), 20222004);
}

}  // namespace
}  // namespace fremdrift
