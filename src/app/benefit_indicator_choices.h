// The indicators a benefit form suggests, usable at national size: a
// national monitor has a thousand indicators, so the form does not list
// them all in a select. Its field "Måles med" takes an indicator's code,
// and suggests (a <datalist>) the indicators that serve an item under the
// goal the form's goal filter has picked (app/benefit_item_choices.h), or
// every indicator when there are few. Only indicators the viewer may see
// are suggested. Documented in docs/strategy-model.md, "Benefits".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/visibility.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// An indicator a benefit may be measured by.
struct BenefitIndicatorChoice {
  std::string code;
  std::string label;  // "Name (code)"
};

// Up to this many indicators are all suggested when no goal is picked.
inline constexpr size_t kAllIndicatorSuggestionsLimit = 200;

// The indicators `viewer` may see that serve a plan item under `goal`
// ("<strategy key>/<goal key>": the goal itself or an item below it), by
// code; with `goal` "", all of them when there are at most `limit`, else
// none (the user picks a goal first).
std::vector<BenefitIndicatorChoice> SuggestedIndicatorChoices(SqlConnection& conn, const Viewer& viewer,
                                                              const std::string& goal,
                                                              size_t limit = kAllIndicatorSuggestionsLimit);

// "Name (code)" of the indicator with `code` when `viewer` may see it.
std::optional<std::string> IndicatorChoiceLabel(SqlConnection& conn, const Viewer& viewer, const std::string& code);

}  // namespace fremdrift
