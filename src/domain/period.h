// A reporting or measurement period: a year (2022), a tertial (2022-T1), a
// quarter (2022-Q1), a month (2022-01), an ISO week (2022-W05) or a single
// day (2022-01-31). Periods know their calendar span, so that series can be
// ordered, compared with target dates and rolled up to coarser periods.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"

namespace fremdrift {

enum class PeriodType { kYear, kTertial, kQuarter, kMonth, kWeek, kDate };

std::string_view PeriodTypeKey(PeriodType t);  // year, tertial, quarter, ...
std::optional<PeriodType> PeriodTypeFromKey(std::string_view key);

class Period {
 public:
  // Parses the forms above; nullopt for anything else (e.g. 2022-Q5,
  // 2021-W53 — 2021 has 52 ISO weeks — 2023-02-29, or 9999-W52, which
  // ends in the year 10000).
  static std::optional<Period> Parse(std::string_view text);

  PeriodType type() const { return type_; }
  std::string ToString() const;
  Date Start() const;  // first day
  Date End() const;    // last day

  // The period of type `coarser` that holds this one's last day, e.g.
  // 2022-01 → 2022-Q1 or 2022; nullopt when `coarser` is not coarser
  // (weeks roll up only to years, by their ISO year).
  std::optional<Period> RollUp(PeriodType coarser) const;

  bool operator==(const Period&) const = default;

 private:
  PeriodType type_ = PeriodType::kYear;
  int year_ = 0;
  int index_ = 0;  // tertial, quarter, month or week number; 0 for years
  Date date_;      // kDate only
};

// Days since 1970-01-01 (may be negative), and back.
int64_t DaysFromCivil(const Date& d);
Date CivilFromDays(int64_t days);

}  // namespace fremdrift
