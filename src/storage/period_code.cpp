#include "storage/period_code.h"

#include "domain/failure.h"
#include "domain/period.h"

namespace fremdrift {
namespace {

// The number written by `digits` characters of `s` from `at`, or -1.
int64_t Number(std::string_view s, size_t at, size_t digits) {
  if (s.size() < at + digits) return -1;
  int64_t n = 0;
  for (size_t i = at; i < at + digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

void TwoDigits(std::string& out, int64_t n) {
  out += static_cast<char>('0' + n / 10);
  out += static_cast<char>('0' + n % 10);
}

}  // namespace

std::optional<int64_t> PeriodCode(std::string_view period) {
  const int64_t year = Number(period, 0, 4);
  if (year < 0) return std::nullopt;
  int64_t part = -1;
  if (period.size() == 4) {
    part = 0;
  } else if (period.size() >= 7 && period[4] == '-') {
    const char kind = period[5];
    if (kind == 'Q' && period.size() == 7) part = 2000 + Number(period, 6, 1);
    else if (kind == 'T' && period.size() == 7) part = 3000 + Number(period, 6, 1);
    else if (kind == 'W' && period.size() == 8) part = 4000 + Number(period, 6, 2);
    else if (period.size() == 7) part = 100 * Number(period, 5, 2);
    else if (period.size() == 10 && period[7] == '-') part = 100 * Number(period, 5, 2) + Number(period, 8, 2);
  }
  // The domain's parser says which of these are periods at all (2022-Q5,
  // 2023-02-29 are not); its text must also be the stored form itself.
  if (part < 0) return std::nullopt;
  const auto parsed = Period::Parse(period);
  if (!parsed || parsed->ToString() != period) return std::nullopt;
  return year * kPeriodCodeYear + part;
}

int64_t StoredPeriodCode(std::string_view period) {
  if (auto code = PeriodCode(period)) return *code;
  throw Failure(FailureCode::kInternal, "a period not in its stored form: " + std::string(period), "period");
}

std::string PeriodFromCode(int64_t code) {
  const int64_t year = code / kPeriodCodeYear;
  const int64_t part = code % kPeriodCodeYear;
  std::string out;
  out.reserve(10);
  TwoDigits(out, year / 100);
  TwoDigits(out, year % 100);
  if (part == 0) return out;
  out += '-';
  if (part >= 4000) {
    out += 'W';
    TwoDigits(out, part - 4000);
  } else if (part >= 3000) {
    out += 'T';
    out += static_cast<char>('0' + part - 3000);
  } else if (part >= 2000) {
    out += 'Q';
    out += static_cast<char>('0' + part - 2000);
  } else {
    TwoDigits(out, part / 100);
    if (part % 100 != 0) {
      out += '-';
      TwoDigits(out, part % 100);
    }
  }
  return out;
}

}  // namespace fremdrift
