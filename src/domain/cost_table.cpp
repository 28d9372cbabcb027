#include "domain/cost_table.h"

#include <set>

#include "domain/failure.h"

namespace fremdrift {
namespace {

const SolutionYear* FindRecord(const std::vector<SolutionYear>& records,
                               const std::string& solution, int year) {
  for (const auto& r : records) {
    if (r.solution == solution && r.year == year) return &r;
  }
  return nullptr;
}

// Computes with a depth guard: a chain is at most one step per year back.
SolutionCost Compute(const std::vector<SolutionYear>& records, const std::string& solution,
                     int year, int depth) {
  const SolutionYear* r = FindRecord(records, solution, year);
  if (!r) {
    throw Failure(FailureCode::kNotFound,
                  "no cost record for " + solution + " in " + std::to_string(year), "year");
  }
  SolutionCost result;
  if (r->method == SharingMethod::kOpening) {
    for (const auto& [group, amount] : r->opening_shares) {
      result.shares[group] = amount;
      result.cost += amount;
    }
    return result;
  }
  if (depth > 400 || !FindRecord(records, solution, year - 1)) {
    throw Failure(FailureCode::kInvalid,
                  solution + " " + std::to_string(year) + ": needs a record for " +
                      std::to_string(year - 1),
                  "year");
  }
  SolutionCost previous = Compute(records, solution, year - 1, depth + 1);
  result.cost = previous.cost + r->change;
  SolutionCost start = previous;
  Mnok shared = r->change;
  if (r->method == SharingMethod::kIncreaseOverBase) {
    if (!r->base_year || *r->base_year >= year ||
        !FindRecord(records, solution, *r->base_year)) {
      throw Failure(FailureCode::kInvalid,
                    solution + " " + std::to_string(year) + ": no record for its base year",
                    "base_year");
    }
    start = Compute(records, solution, *r->base_year, depth + 1);
    shared = result.cost - start.cost;
  }
  result.shares = start.shares;
  for (const auto& [group, basis_points] : r->key) {
    result.shares[group] += shared.Share(basis_points);
  }
  return result;
}

}  // namespace

SolutionCost ComputeSolutionCost(const std::vector<SolutionYear>& records,
                                 const std::string& solution, int year) {
  return Compute(records, solution, year, 0);
}

CostTable ComputeCostTable(int year, const std::vector<NationalSolution>& solutions,
                           const std::vector<CostGroup>& groups,
                           const std::vector<SolutionYear>& records) {
  CostTable table;
  table.year = year;
  std::set<std::string> used_groups;
  for (const auto& solution : solutions) {
    const SolutionYear* r = FindRecord(records, solution.key, year);
    if (!r) continue;
    SolutionCost now = ComputeSolutionCost(records, solution.key, year);
    CostTableRow row;
    row.solution = solution.key;
    row.name = solution.name;
    row.method = r->method;
    row.base_year = r->base_year;
    row.cost = now.cost;
    if (FindRecord(records, solution.key, year - 1)) {
      row.change = now.cost - ComputeSolutionCost(records, solution.key, year - 1).cost;
    }
    row.key = r->key;
    row.shares = now.shares;
    row.source = r->source;
    row.notes = r->notes;
    for (const auto& [group, amount] : row.shares) used_groups.insert(group);
    for (const auto& [group, bp] : row.key) used_groups.insert(group);
    table.total_cost += row.cost;
    if (row.change) table.total_change = table.total_change.value_or(Mnok()) + *row.change;
    table.rows.push_back(std::move(row));
  }
  for (const auto& group : groups) {
    if (used_groups.count(group.key)) table.groups.push_back(group);
  }
  for (auto& row : table.rows) {
    for (const auto& group : table.groups) {
      Mnok& share = row.shares[group.key];
      table.group_totals[group.key] += share;
    }
  }
  return table;
}

std::vector<int> CostTableYears(const std::vector<SolutionYear>& records) {
  std::set<int> years;
  for (const auto& r : records) years.insert(r.year);
  return {years.begin(), years.end()};
}

}  // namespace fremdrift
