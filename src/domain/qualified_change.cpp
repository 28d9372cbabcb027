#include "domain/qualified_change.h"

#include <limits>

namespace fremdrift {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The interval a value with qualifier `q` stands for; "about" as its value.
double Low(double v, Qualifier q) { return q == Qualifier::kUnder ? -kInf : v; }
double High(double v, Qualifier q) { return q == Qualifier::kOver ? kInf : v; }

}  // namespace

QualifiedChange ChangeBetween(double previous, Qualifier previous_q, double latest, Qualifier latest_q) {
  QualifiedChange c;
  c.approximate = previous_q == Qualifier::kAbout || latest_q == Qualifier::kAbout;
  const bool bounded = previous_q == Qualifier::kUnder || previous_q == Qualifier::kOver ||
                       latest_q == Qualifier::kUnder || latest_q == Qualifier::kOver;
  if (!bounded) {
    c.amount = latest - previous;
    return c;
  }
  const double least = Low(latest, latest_q) - High(previous, previous_q);
  const double most = High(latest, latest_q) - Low(previous, previous_q);
  if (least > 0) {
    c.kind = QualifiedChange::Kind::kAtLeast;
    c.amount = least;
  } else if (most < 0) {
    c.kind = QualifiedChange::Kind::kAtLeast;
    c.amount = most;
  } else {
    c.kind = QualifiedChange::Kind::kUnknown;
  }
  return c;
}

}  // namespace fremdrift
