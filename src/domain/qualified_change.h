// The change from an indicator's previous value to its latest when either
// may be approximate or a bound (domain/measurement_qualifier.h): what can
// honestly be said of it. "About" values give an approximate change; a
// bound ("under 2 %", "over 200") leaves the change as an interval, which
// may still tell the direction ("down by at least 3 points") or not at
// all. Shown by render/monitor_change.h; documented in docs/indicators.md,
// "Approximate figures".
#pragma once

#include "domain/measurement_qualifier.h"

namespace fremdrift {

struct QualifiedChange {
  enum class Kind {
    kKnown,    // `amount` is the change (latest − previous), perhaps approximate
    kAtLeast,  // the change is at least `amount` in its sign's direction
    kUnknown,  // the bounds do not tell whether it went up or down
  };
  Kind kind = Kind::kKnown;
  double amount = 0;         // signed: > 0 up, < 0 down
  bool approximate = false;  // an "about" value took part
};

// The change from `previous` (with `previous_q`) to `latest` (with
// `latest_q`). A bound counts as an open interval on its side: the
// change's least and greatest values are taken over both intervals; when
// both are on the same side of zero the direction is known and `amount`
// is the one nearest zero (kAtLeast); when they straddle zero or one is
// zero, kUnknown.
QualifiedChange ChangeBetween(double previous, Qualifier previous_q, double latest, Qualifier latest_q);

}  // namespace fremdrift
