#include "domain/cost_sharing_rules.h"

#include <map>

namespace fremdrift {
namespace {

bool IsRecordKey(std::string_view key) {
  if (key.empty() || key.size() > 64) return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::vector<FieldProblem> KeyAndNameProblems(const std::string& key, const std::string& name) {
  std::vector<FieldProblem> problems;
  if (!IsRecordKey(key)) problems.push_back({"key", "must be 1 to 64 of a-z, 0-9, '-' and '_'", "not_a_slug", {}});
  if (name.empty()) problems.push_back({"name", "must not be empty", "required", {}});
  return problems;
}

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

}  // namespace

std::optional<int> ParseKeyPercent(std::string_view text) {
  auto amount = Mnok::Parse(text, 2);
  if (!amount || *amount < Mnok() || *amount > Mnok::FromThousandths(100'000)) return std::nullopt;
  return static_cast<int>(amount->units() / (Mnok::kUnitsPerMnok / 100));
}

std::string KeyPercentText(int basis_points) {
  return Mnok::FromUnits(static_cast<int64_t>(basis_points) * (Mnok::kUnitsPerMnok / 100))
      .ExactText();
}

std::vector<FieldProblem> CostGroupProblems(const CostGroup& group) {
  return KeyAndNameProblems(group.key, group.name);
}

std::vector<FieldProblem> NationalSolutionProblems(const NationalSolution& solution) {
  return KeyAndNameProblems(solution.key, solution.name);
}

std::vector<FieldProblem> SolutionYearProblems(const SolutionYear& record,
                                               const std::set<std::string>& group_keys) {
  std::vector<FieldProblem> problems;
  if (record.year < kFirstYear || record.year > kLastYear) {
    problems.push_back({"year", "must be a year from 1900 to 2200", "not_a_year", {}});
  }
  for (const auto& [group, amount] : record.opening_shares) {
    if (!group_keys.count(group)) {
      problems.push_back({"opening_shares." + group, "no such cost group", "unknown_cost_group", {}});
    }
    if (!amount.Thousandths()) {
      problems.push_back({"opening_shares." + group, "must have at most three decimals", "too_many_decimals", {}});
    }
  }
  if (!record.change.Thousandths()) {
    problems.push_back({"change", "must have at most three decimals", "too_many_decimals", {}});
  }
  if (record.method == SharingMethod::kOpening) {
    if (record.opening_shares.empty()) {
      problems.push_back({"opening_shares", "a starting year needs the share of at least one group", "opening_shares_required", {}});
    }
    if (!record.key.empty()) problems.push_back({"key", "a starting year has no key", "opening_has_no_key", {}});
    if (record.base_year) problems.push_back({"base_year", "only for the method increase_over_base", "base_year_only_increase", {}});
    if (record.change != Mnok()) problems.push_back({"change", "a starting year has no change", "opening_has_no_change", {}});
    return problems;
  }
  if (!record.opening_shares.empty()) {
    problems.push_back({"opening_shares", "only for a starting year (method opening)", "opening_shares_only_opening", {}});
  }
  if (record.key.empty()) problems.push_back({"key", "must share 100 % between groups", "key_required", {}});
  int sum = 0;
  for (const auto& [group, basis_points] : record.key) {
    if (!group_keys.count(group)) problems.push_back({"key." + group, "no such cost group", "unknown_cost_group", {}});
    if (basis_points < 0 || basis_points > kFullKeyBasisPoints) {
      problems.push_back({"key." + group, "must be from 0 to 100 %", "not_a_percent_0_100", {}});
    }
    sum += basis_points;
  }
  if (!record.key.empty() && sum != kFullKeyBasisPoints) {
    problems.push_back({"key", "the shares add up to " + KeyPercentText(sum) + " %, not 100 %",
                        "shares_not_100", {{"sum", KeyPercentText(sum)}}});
  }
  if (record.method == SharingMethod::kIncreaseOverBase) {
    if (!record.base_year) {
      problems.push_back({"base_year", "required for the method increase_over_base", "base_year_required", {}});
    } else if (*record.base_year >= record.year) {
      problems.push_back({"base_year", "must be before the year", "base_year_before_year", {}});
    }
  } else if (record.base_year) {
    problems.push_back({"base_year", "only for the method increase_over_base", "base_year_only_increase", {}});
  }
  return problems;
}

std::vector<FieldProblem> SolutionChainProblems(const std::vector<SolutionYear>& records) {
  std::map<int, const SolutionYear*> by_year;
  for (const auto& r : records) by_year[r.year] = &r;
  std::vector<FieldProblem> problems;
  for (const auto& [year, r] : by_year) {
    if (r->method == SharingMethod::kOpening) continue;
    if (!by_year.count(year - 1)) {
      problems.push_back({"year", r->solution + " " + std::to_string(year) +
                                      ": needs a record for " + std::to_string(year - 1) +
                                      " (or the method opening)"});
    }
    if (r->method == SharingMethod::kIncreaseOverBase && r->base_year &&
        !by_year.count(*r->base_year)) {
      problems.push_back({"base_year", r->solution + " " + std::to_string(year) +
                                           ": no record for the base year " +
                                           std::to_string(*r->base_year)});
    }
  }
  return problems;
}

}  // namespace fremdrift
