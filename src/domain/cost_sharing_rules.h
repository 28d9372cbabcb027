// The rules for the records of cost sharing (see cost_sharing.h): what a
// valid group, solution and solution-year record is, and that a solution's
// years form an unbroken chain back to a starting year.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/cost_sharing.h"
#include "domain/failure.h"

namespace fremdrift {

inline constexpr int kFullKeyBasisPoints = 10'000;  // 100 %

// A key share written in percent ("44.5", "60", "33.33"; at most two
// decimals, 0 to 100) in basis points, or nullopt.
std::optional<int> ParseKeyPercent(std::string_view text);
// Basis points written in percent without trailing zeros: 4450 -> "44.5".
std::string KeyPercentText(int basis_points);

// Problems with a group's or a solution's own fields (key format, name).
std::vector<FieldProblem> CostGroupProblems(const CostGroup& group);
std::vector<FieldProblem> NationalSolutionProblems(const NationalSolution& solution);

// Problems with one record on its own: the year is 1900..2200; a starting
// year has shares for known groups and no key; the other methods have a
// key over known groups whose shares sum to exactly 100 %, no starting
// shares, and (increase over base only) a base year before the year.
// Fields are named as in the API: "year", "method", "key.<group>",
// "opening_shares.<group>", "base_year", "change".
std::vector<FieldProblem> SolutionYearProblems(const SolutionYear& record,
                                               const std::set<std::string>& group_keys);

// Problems with one solution's records taken together: every record that is
// not a starting year needs a record for the year before, and a base year
// that has a record. `records` are all the records of one solution.
std::vector<FieldProblem> SolutionChainProblems(const std::vector<SolutionYear>& records);

}  // namespace fremdrift
