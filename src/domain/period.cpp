#include "domain/period.h"

#include <cstdio>

namespace fremdrift {
namespace {

bool Digits(std::string_view s, int& out) {
  if (s.empty()) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

// Monday of ISO week 1 of `year`: the week holding 4 January.
int64_t IsoWeekOneMonday(int year) {
  int64_t jan4 = DaysFromCivil({year, 1, 4});
  int64_t weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday; 1970-01-01 was a Thursday
  return jan4 - weekday;
}

int IsoWeeksInYear(int year) {
  return static_cast<int>((IsoWeekOneMonday(year + 1) - IsoWeekOneMonday(year)) / 7);
}

Date LastDayOfMonth(int y, int m) {
  return CivilFromDays(DaysFromCivil(m == 12 ? Date{y + 1, 1, 1} : Date{y, m + 1, 1}) - 1);
}

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(const Date& d) {
  int y = d.year - (d.month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::string_view PeriodTypeKey(PeriodType t) {
  switch (t) {
    case PeriodType::kYear: return "year";
    case PeriodType::kTertial: return "tertial";
    case PeriodType::kQuarter: return "quarter";
    case PeriodType::kMonth: return "month";
    case PeriodType::kWeek: return "week";
    case PeriodType::kDate: return "date";
  }
  return "year";
}

std::optional<PeriodType> PeriodTypeFromKey(std::string_view key) {
  for (PeriodType t : {PeriodType::kYear, PeriodType::kTertial, PeriodType::kQuarter,
                       PeriodType::kMonth, PeriodType::kWeek, PeriodType::kDate}) {
    if (PeriodTypeKey(t) == key) return t;
  }
  return std::nullopt;
}

std::optional<Period> Period::Parse(std::string_view t) {
  Period p;
  if (t.size() < 4 || !Digits(t.substr(0, 4), p.year_) || p.year_ < 1000) return std::nullopt;
  if (t.size() == 4) return p;
  if (t[4] != '-') return std::nullopt;
  std::string_view rest = t.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'T')) {
    if (!Digits(rest.substr(1), p.index_)) return std::nullopt;
    p.type_ = rest[0] == 'Q' ? PeriodType::kQuarter : PeriodType::kTertial;
    int max = rest[0] == 'Q' ? 4 : 3;
    if (p.index_ < 1 || p.index_ > max) return std::nullopt;
    return p;
  }
  if (rest.size() == 3 && rest[0] == 'W') {
    if (!Digits(rest.substr(1), p.index_)) return std::nullopt;
    if (p.index_ < 1 || p.index_ > IsoWeeksInYear(p.year_)) return std::nullopt;
    p.type_ = PeriodType::kWeek;
    // The last weeks of 9999 end in a year that no date can be written in
    // (found by period_fuzz).
    if (p.End().year > 9999) return std::nullopt;
    return p;
  }
  if (rest.size() == 2) {
    if (!Digits(rest, p.index_) || p.index_ < 1 || p.index_ > 12) return std::nullopt;
    p.type_ = PeriodType::kMonth;
    return p;
  }
  if (auto d = Date::Parse(t)) {
    p.type_ = PeriodType::kDate;
    p.date_ = *d;
    return p;
  }
  return std::nullopt;
}

std::string Period::ToString() const {
  char buf[16];
  switch (type_) {
    case PeriodType::kYear: std::snprintf(buf, sizeof buf, "%04d", year_); break;
    case PeriodType::kTertial: std::snprintf(buf, sizeof buf, "%04d-T%d", year_, index_); break;
    case PeriodType::kQuarter: std::snprintf(buf, sizeof buf, "%04d-Q%d", year_, index_); break;
    case PeriodType::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year_, index_); break;
    case PeriodType::kWeek: std::snprintf(buf, sizeof buf, "%04d-W%02d", year_, index_); break;
    case PeriodType::kDate: return date_.ToIso();
  }
  return buf;
}

Date Period::Start() const {
  switch (type_) {
    case PeriodType::kYear: return {year_, 1, 1};
    case PeriodType::kTertial: return {year_, (index_ - 1) * 4 + 1, 1};
    case PeriodType::kQuarter: return {year_, (index_ - 1) * 3 + 1, 1};
    case PeriodType::kMonth: return {year_, index_, 1};
    case PeriodType::kWeek: return CivilFromDays(IsoWeekOneMonday(year_) + 7 * (index_ - 1));
    case PeriodType::kDate: return date_;
  }
  return {year_, 1, 1};
}

Date Period::End() const {
  switch (type_) {
    case PeriodType::kYear: return {year_, 12, 31};
    case PeriodType::kTertial: return LastDayOfMonth(year_, index_ * 4);
    case PeriodType::kQuarter: return LastDayOfMonth(year_, index_ * 3);
    case PeriodType::kMonth: return LastDayOfMonth(year_, index_);
    case PeriodType::kWeek: return CivilFromDays(DaysFromCivil(Start()) + 6);
    case PeriodType::kDate: return date_;
  }
  return {year_, 12, 31};
}

std::optional<Period> Period::RollUp(PeriodType coarser) const {
  Period p;
  p.type_ = coarser;
  if (type_ == PeriodType::kWeek) {
    if (coarser != PeriodType::kYear) return std::nullopt;
    p.year_ = year_;  // the ISO year
    return p;
  }
  auto rank = [](PeriodType t) {
    switch (t) {
      case PeriodType::kYear: return 0;
      case PeriodType::kTertial: return 1;
      case PeriodType::kQuarter: return 1;
      case PeriodType::kMonth: return 2;
      case PeriodType::kWeek: return 3;
      case PeriodType::kDate: return 4;
    }
    return 0;
  };
  if (rank(coarser) >= rank(type_) || coarser == PeriodType::kWeek) {
    if (coarser == type_) return *this;
    return std::nullopt;
  }
  Date end = End();
  p.year_ = end.year;
  switch (coarser) {
    case PeriodType::kYear: break;
    case PeriodType::kTertial: p.index_ = (end.month - 1) / 4 + 1; break;
    case PeriodType::kQuarter: p.index_ = (end.month - 1) / 3 + 1; break;
    case PeriodType::kMonth: p.index_ = end.month; break;
    default: return std::nullopt;
  }
  return p;
}

}  // namespace fremdrift
