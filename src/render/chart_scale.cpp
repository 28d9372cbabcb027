#include "render/chart_scale.h"

#include <algorithm>
#include <cmath>

namespace fremdrift {

ValueTicks NiceTicks(double lo, double hi, int count) {
  lo = std::min(lo, 0.0);
  hi = std::max(hi, 0.0);
  if (hi - lo <= 0) hi = lo + 1;
  count = std::max(count, 2);
  double raw = (hi - lo) / count;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = m * magnitude;
    if (step >= raw) break;
  }
  ValueTicks t;
  t.min = std::floor(lo / step + 1e-9) * step;
  t.max = std::ceil(hi / step - 1e-9) * step;
  if (t.max <= t.min) t.max = t.min + step;
  for (double v = t.min; v <= t.max + step / 2; v += step) {
    t.ticks.push_back(std::fabs(v) < step * 1e-9 ? 0 : v);
  }
  return t;
}

TimeScale::TimeScale(int first_year, int last_year, double x0, double x1)
    : first_year_(first_year),
      last_year_(std::max(first_year, last_year)),
      first_(DaysFromCivil(Date{first_year, 1, 1})),
      last_(DaysFromCivil(Date{std::max(first_year, last_year) + 1, 1, 1})),
      x0_(x0),
      x1_(x1) {}

double TimeScale::X(int64_t days) const {
  double f = static_cast<double>(days - first_) / static_cast<double>(last_ - first_);
  return x0_ + std::clamp(f, 0.0, 1.0) * (x1_ - x0_);
}

double TimeScale::X(const Date& d) const { return X(DaysFromCivil(d)); }

double TimeScale::X(const Period& p) const { return X(MidDay(p)); }

int64_t MidDay(const Period& p) {
  int64_t a = DaysFromCivil(p.Start()), b = DaysFromCivil(p.End());
  return a + (b - a) / 2;
}

}  // namespace fremdrift
