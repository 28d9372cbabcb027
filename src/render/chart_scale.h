// The scales the charts share: "nice" value ticks (0, 20, 40 ... or
// 0, 10 000 000, 20 000 000 ...) and a time scale that places periods and
// target dates on the x axis by their calendar dates.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/date.h"
#include "domain/period.h"

namespace fremdrift {

struct ValueTicks {
  double min = 0;
  double max = 1;
  std::vector<double> ticks;  // from min to max inclusive, evenly spaced
};

// Round ticks that cover [lo, hi], about `count` of them; the range always
// includes 0 so that bars and lines are not exaggerated. A range with no
// width gets one.
ValueTicks NiceTicks(double lo, double hi, int count = 5);

// Maps days to x between x0 and x1 over the whole calendar years from
// `first_year` to `last_year`.
class TimeScale {
 public:
  TimeScale(int first_year, int last_year, double x0, double x1);
  double X(int64_t days) const;
  double X(const Date& d) const;
  // Where a period is drawn: the middle of its span.
  double X(const Period& p) const;
  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }

 private:
  int first_year_, last_year_;
  int64_t first_, last_;
  double x0_, x1_;
};

// The middle day of a period, in days since 1970-01-01.
int64_t MidDay(const Period& p);

}  // namespace fremdrift
