#include "domain/portfolio_rules.h"

#include <set>

namespace fremdrift {
namespace {

void CheckOrder(const ScheduleDate& start, const ScheduleDate& end, const char* field,
                std::vector<FieldProblem>& problems) {
  if (start.is_set() && end.is_set() && end.date() < start.date()) {
    problems.push_back({field, "must not be before the start", "end_before_start", {}});
  }
}

}  // namespace

bool IsSlug(std::string_view key) {
  if (key.empty() || key.size() > 80 || key.front() == '-' || key.back() == '-') return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::vector<FieldProblem> ValidatePortfolioItem(const PortfolioItem& item, const PortfolioItem* programme) {
  std::vector<FieldProblem> problems;
  if (!IsSlug(item.key)) {
    problems.push_back({"key", "must be a slug of a-z, 0-9 and '-' (at most 80 characters)", "not_a_slug", {}});
  }
  if (item.name.empty()) problems.push_back({"name", "is required", "required", {}});
  if (!item.programme.empty()) {
    if (item.kind == PortfolioKind::kProgramme) {
      problems.push_back({"programme", "a programme cannot be part of another programme", "programme_in_programme", {}});
    } else if (item.programme == item.key) {
      problems.push_back({"programme", "an item cannot contain itself", "contains_itself", {}});
    } else if (programme && programme->kind != PortfolioKind::kProgramme) {
      problems.push_back({"programme", "'" + item.programme + "' is a project, not a programme"});
    }
  }
  std::set<std::string> seen;
  for (const auto& d : item.depends_on) {
    if (d == item.key) problems.push_back({"depends_on", "an item cannot depend on itself", "depends_on_itself", {}});
    else if (!seen.insert(d).second) problems.push_back({"depends_on", "'" + d + "' is listed twice"});
  }
  CheckOrder(item.planned_start, item.planned_end, "planned_end", problems);
  CheckOrder(item.forecast_start, item.forecast_end, "forecast_end", problems);
  if (item.budget_mnok && *item.budget_mnok < 0) problems.push_back({"budget_mnok", "must not be negative", "negative", {}});
  if (item.forecast_cost_mnok && *item.forecast_cost_mnok < 0) {
    problems.push_back({"forecast_cost_mnok", "must not be negative", "negative", {}});
  }
  return problems;
}

bool MayEditPortfolioItem(const User& user, const PortfolioItem& item) {
  switch (user.role) {
    case Role::kAdmin: return true;
    case Role::kEditor: return !item.owner.empty() && item.owner == user.organisation;
    case Role::kReader: return false;
  }
  return false;
}

}  // namespace fremdrift
