// The rules an indicator and a single measurement must follow apart from
// storage, and who may change them. (Bulk imports check rows their own way,
// in app/measurement_import.cpp, and answer with an import summary.)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/indicator.h"
#include "domain/measurement.h"
#include "domain/user.h"

namespace fremdrift {

// Whether `user` may create, change or delete indicators, their targets
// and their measurements. Indicators have no owning organisation in the
// model, so the rule is by role: admins and editors may, readers may not.
bool MayEditIndicators(const User& user);

// Whether `actor` may change an indicator's responsible organisation from
// `before` to `after` (short names, "" for none). Only admins (the
// secretariat) may, since it decides which organisation owes a report on
// the indicator in every round. "" when allowed or unchanged, else why not.
std::string ResponsibleChangeRefusal(const User& actor, const std::string& before, const std::string& after);

// Checks what the JSON form cannot: a ratio names two other indicators and
// a non-zero factor, a part of a composite has a part number of at least 1
// and is not its own parent, a distribution names its dimension, and each
// target's dimension values name at most kMaxDimensions dimensions, and
// its breakdowns' label catalogue holds (ValidateDimensionLabels).
// Returns every problem found (fields as in the API: "numerator",
// "targets[1].dimensions"), empty when valid.
std::vector<FieldProblem> ValidateIndicator(const Indicator& indicator);

// What a single measurement's checks and write need of its indicator: not
// its texts, targets or links, so that a write reads no more than this.
struct MeasuredIndicator {
  int64_t id = 0;
  std::string code;
  IndicatorKind kind = IndicatorKind::kSimple;
  std::string numerator;    // a ratio's parts, named in its refusal
  std::string denominator;
};

// Checks one measurement of `indicator`: the period is a canonical period,
// a missing value has a note saying why, a ratio's values are computed and
// cannot be entered, and at most kMaxDimensions dimensions, none of them
// empty. `known_dimensions` are the indicator's dimension names so far; a
// new name makes one more. Fields as in the API ("period", "value",
// "dimensions", "indicator").
std::vector<FieldProblem> ValidateMeasurement(const Measurement& m, const MeasuredIndicator& indicator,
                                              const std::vector<std::string>& known_dimensions);

}  // namespace fremdrift
