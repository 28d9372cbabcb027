// The cost-sharing table of one year: per national solution its cost, the
// change from the year before and each group's share, and the totals per
// group. All figures are exact (see mnok.h); rounding happens only when a
// figure is shown, and a total is the rounded exact sum, never the sum of
// rounded parts (docs/cost-sharing.md).
//
// The shares of a solution in year Y follow from its records:
//  - opening: the shares are given; the cost is their sum;
//  - growth: cost = cost(Y-1) + change; share(g) = share(Y-1, g) +
//    change × key(g);
//  - increase over base B: cost = cost(Y-1) + change; share(g) =
//    share(B, g) + (cost − cost(B)) × key(g).
// A group without a key entry gets nothing of the change or increase. With
// keys summing to 100 %, the shares always sum exactly to the cost.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/cost_sharing.h"

namespace fremdrift {

// One solution's cost and shares in one year.
struct SolutionCost {
  Mnok cost;
  std::map<std::string, Mnok> shares;  // group key -> share
};

struct CostTableRow {
  std::string solution;  // key
  std::string name;
  SharingMethod method = SharingMethod::kGrowth;
  std::optional<int> base_year;
  Mnok cost;
  std::optional<Mnok> change;          // from last year's cost; none without a record for last year
  std::map<std::string, int> key;      // basis points, as recorded
  std::map<std::string, Mnok> shares;  // every group of the table, zero where none
  std::string source;
  std::string notes;
};

struct CostTable {
  int year = 0;
  std::vector<CostGroup> groups;  // the groups with a share or key entry this year, in order
  std::vector<CostTableRow> rows; // the solutions with a record this year, in order
  Mnok total_cost;
  std::optional<Mnok> total_change;         // sum of the rows' changes; none if no row has one
  std::map<std::string, Mnok> group_totals;  // every group of the table
};

// The cost and shares of `solution` in `year` from that solution's
// `records`. Throws Failure(kNotFound) without a record for `year`, and
// Failure(kInvalid, field "year"/"base_year") if the chain of records back
// to a starting year is broken (SolutionChainProblems is not empty).
SolutionCost ComputeSolutionCost(const std::vector<SolutionYear>& records,
                                 const std::string& solution, int year);

// The table of `year`. `solutions` and `groups` are in display order;
// `records` may hold any years and solutions. Throws as ComputeSolutionCost
// for a broken chain.
CostTable ComputeCostTable(int year, const std::vector<NationalSolution>& solutions,
                           const std::vector<CostGroup>& groups,
                           const std::vector<SolutionYear>& records);

// The years that have at least one record, ascending.
std::vector<int> CostTableYears(const std::vector<SolutionYear>& records);

}  // namespace fremdrift
