#include "render/monitor_change.h"

#include <cmath>

#include "render/chart_number_text.h"
#include "render/monitor_period_text.h"
#include "render/monitor_value_text.h"

namespace fremdrift {

ChangeText DescribeChange(double previous, const std::string& previous_period, double latest,
                          const Indicator& ind, const Catalogue& t) {
  ChangeText c;
  std::string period = PeriodText(previous_period, t);
  std::string from = ValueText(previous, ind, t);
  double diff = latest - previous;
  NumberFormat plain{t.lang(), "", ind.unit == "percent" ? 1 : 2};
  // Below what the numbers are written with, there is no change to tell.
  if (std::fabs(diff) < 0.005 || FormatNumber(std::fabs(diff), plain) == "0") {
    c.arrow = "\u2192";
    c.css = "same";
    c.text = t.Format("change_same", {{"previous", from}, {"period", period}});
    return c;
  }
  c.direction = diff > 0 ? ChangeDirection::kUp : ChangeDirection::kDown;
  c.arrow = diff > 0 ? "\u2191" : "\u2193";
  c.css = diff > 0 ? "up" : "down";
  std::string amount;
  bool relative_unit = ind.unit == "mnok" || ind.unit == "days" || ind.unit.rfind("count", 0) == 0;
  if (ind.unit == "percent") {
    std::string n = FormatNumber(std::fabs(diff), plain);
    amount = t.Format(n == "1" ? "change_point_one" : "change_points", {{"n", n}});
  } else if (relative_unit && previous != 0) {
    double share = std::fabs(diff / previous) * 100;
    amount = FormatNumber(share, NumberFormat{t.lang(), PercentSuffix(t.lang()), share < 10 ? 1 : 0});
  } else {
    amount = FormatNumber(std::fabs(diff), plain);
  }
  c.text = t.Format(diff > 0 ? "change_up" : "change_down",
                    {{"amount", amount}, {"previous", from}, {"period", period}});
  return c;
}

}  // namespace fremdrift
