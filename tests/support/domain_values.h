// Domain values written as short text in unit tests: a measurement, a
// target, an amount in MNOK and a schedule date. Each parses what the test
// writes, so the text must be valid.
#pragma once

#include "domain/achievement.h"  // SeriesPoint
#include "domain/date.h"
#include "domain/indicator.h"  // Target
#include "domain/measurement_qualifier.h"
#include "domain/mnok.h"
#include "domain/period.h"

namespace fremdrift::testing {

// A measurement of `period` ("2021", "2022-04"), exact unless `q` says otherwise.
inline SeriesPoint Pt(const char* period, double v, Qualifier q = Qualifier::kExact) {
  return {*Period::Parse(period), v, q};
}

// The target `value` by the date `date` ("2025-12-31"), for the indicator as a whole.
inline Target By(double value, const char* date) { return {value, *Date::Parse(date), "", {}}; }

// An amount in MNOK ("54.165").
inline Mnok M(const char* text) { return *Mnok::Parse(text); }

// The schedule date of a day ("2024-01-01").
inline ScheduleDate On(const char* iso) { return ScheduleDate::On(*Date::Parse(iso)); }

}  // namespace fremdrift::testing
