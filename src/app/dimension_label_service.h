// The label catalogue of an indicator's breakdowns as editors work on it
// (domain/dimension_labels.h): what each dimension holds, labelled or not,
// for the label form and for the measurement form's choice of values; and
// saving the catalogue, through the indicator's own change (same rights,
// rules, version check and audit entry as UpdateIndicator).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/indicator.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Indicator `code` with its catalogue; kNotFound (field "code") when
// there is none.
Indicator LabelledIndicator(SqlConnection& conn, const std::string& code);

// One dimension of an indicator with its labels and its values: those of
// the catalogue in its order, then those measurements use that the
// catalogue does not name yet (with empty labels).
struct DimensionChoice {
  std::string dimension;
  std::string nb;
  std::string en;
  std::vector<DimensionValueLabel> values;
};

// Every dimension of `indicator`: those its measurements use, in the order
// they were first used, then those only the catalogue names.
std::vector<DimensionChoice> DimensionChoices(SqlConnection& conn, const Indicator& indicator);

// Replaces the catalogue of indicator `code` with `labels` on behalf of
// `actor`, who read `version` (kConflict, field "version", when stale).
// Problems are reported under "dimension_labels[i]..." (kInvalid).
Indicator SaveDimensionLabels(SqlConnection& conn, const User& actor, const std::string& code,
                              int64_t version, const std::vector<DimensionLabels>& labels);

}  // namespace fremdrift
