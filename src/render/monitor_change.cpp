#include "render/monitor_change.h"

#include <cmath>

#include "domain/qualified_change.h"
#include "render/chart_number_text.h"
#include "render/monitor_period_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"

namespace fremdrift {

ChangeText DescribeChange(double previous, Qualifier previous_q, const std::string& previous_period,
                          double latest, Qualifier latest_q, const Indicator& ind, const Catalogue& t) {
  ChangeText c;
  std::string period = PeriodText(previous_period, t);
  std::string from = QualifiedValueText(previous, previous_q, ind, t);
  QualifiedChange change = ChangeBetween(previous, previous_q, latest, latest_q);
  if (change.kind == QualifiedChange::Kind::kUnknown) {
    c.direction = ChangeDirection::kUnknown;
    c.arrow = "\u2195";
    c.css = "unknown";
    c.text = t.Format("change_unknown", {{"previous", from}, {"period", period}});
    return c;
  }
  double diff = change.amount;
  NumberFormat plain{t.lang(), "", ind.unit == "percent" ? 1 : 2};
  // Below what the numbers are written with, there is no change to tell.
  if (change.kind == QualifiedChange::Kind::kKnown &&
      (std::fabs(diff) < 0.005 || FormatNumber(std::fabs(diff), plain) == "0")) {
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
  } else if (relative_unit && previous != 0 && change.kind == QualifiedChange::Kind::kKnown) {
    double share = std::fabs(diff / previous) * 100;
    amount = FormatNumber(share, NumberFormat{t.lang(), PercentSuffix(t.lang()), share < 10 ? 1 : 0});
  } else {
    amount = FormatNumber(std::fabs(diff), plain);
  }
  if (change.kind == QualifiedChange::Kind::kAtLeast) amount = t.Format("change_at_least", {{"amount", amount}});
  else if (change.approximate) amount = t.Format("change_about", {{"amount", amount}});
  c.text = t.Format(diff > 0 ? "change_up" : "change_down",
                    {{"amount", amount}, {"previous", from}, {"period", period}});
  return c;
}

}  // namespace fremdrift
