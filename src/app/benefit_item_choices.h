// The plan items a benefit form offers, usable at national size: a
// national plan has thousands of items, so the form lists only the items
// already chosen (as check boxes) and suggests more for a text field from
// the items under one goal, which the user picks first (a goal filter
// with a few dozen goals), or all of them when there are few. What the
// user types there is an item's reference ("<strategy key>/<item key>")
// or, when only one item the user may choose has it, its key alone.
// Documented in docs/strategy-model.md, "Benefits".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A plan item `user` may link a benefit to.
struct BenefitItemChoice {
  std::string ref;         // "<strategy key>/<item key>"
  std::string label;       // "1A Title"
  std::string group;       // the strategy's name
  std::string goal;        // the reference of its goal (its top-level ancestor, or itself)
  std::string goal_label;  // the goal's "1 Title"
};

// A goal with items `user` may choose under it: what the goal filter offers.
struct BenefitGoalChoice {
  std::string ref;    // "<strategy key>/<goal key>"
  std::string label;  // "1 Title"
  std::string group;  // the strategy's name
  size_t items = 0;   // how many choices are under it (itself included)
};

// Up to this many choices are all suggested when no goal is picked.
inline constexpr size_t kAllItemSuggestionsLimit = 200;

// The plan items `user` may keep benefits on (those they may change; none
// for a reader), by strategy and plan order.
std::vector<BenefitItemChoice> BenefitItemChoices(SqlConnection& conn, const User& user);

// The goals of `choices`, each once, in their order.
std::vector<BenefitGoalChoice> GoalsOfChoices(const std::vector<BenefitItemChoice>& choices);

// The goal the form suggests items under: `asked` when it is one of the
// goals of `choices`, else the goal of the first of `chosen` that is a
// choice, else "" (none).
std::string SuggestionGoal(const std::vector<BenefitItemChoice>& choices, const std::string& asked,
                           const std::vector<std::string>& chosen);

// The choices to suggest: those under `goal` when it is not "", else all
// of them when there are at most `limit`, else none (the user picks a goal
// first).
std::vector<BenefitItemChoice> SuggestedItemChoices(const std::vector<BenefitItemChoice>& choices,
                                                    const std::string& goal,
                                                    size_t limit = kAllItemSuggestionsLimit);

// The item references in `typed`, separated by commas, semicolons or line
// breaks, each without the spaces around it: "<strategy>/<item>" as
// written, and a key without "/" replaced by the reference of the one
// choice with that item key (kept as written when none or several have
// it, so the save names it).
std::vector<std::string> TypedItemRefs(const std::string& typed, const std::vector<BenefitItemChoice>& choices);

}  // namespace fremdrift
