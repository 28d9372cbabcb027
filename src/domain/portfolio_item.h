// A project or programme of the national e-health portfolio ("nasjonal
// e-helseportefølje"): who owns it, where it is in the phase scale, its
// planned and forecast dates, budget figures where known, what in the plan
// it serves and which other items it depends on. A programme contains
// projects (a project's `programme`). Its status and risk are not fields of
// the item: they are assessed per reporting period (portfolio_assessment.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/phase.h"

namespace fremdrift {

enum class PortfolioKind { kProject, kProgramme };

std::string_view PortfolioKindKey(PortfolioKind k);  // project, programme
std::optional<PortfolioKind> PortfolioKindFromKey(std::string_view key);

// A plan item the portfolio item serves, by strategy key and item key.
struct PlanItemRef {
  std::string strategy;
  std::string item;
  bool operator==(const PlanItemRef&) const = default;
  auto operator<=>(const PlanItemRef&) const = default;
};

struct PortfolioItem {
  int64_t id = 0;
  std::string key;  // unique slug, e.g. "helseplattformen"
  PortfolioKind kind = PortfolioKind::kProject;
  std::string programme;  // key of the programme that contains this project, or ""
  std::string name;
  std::string description;  // in our own words
  std::string owner;        // organisation short name, or "" when not known
  std::string segment;      // e.g. "Spesialisthelsetjenesten"; "" when not known
  std::optional<Phase> phase;
  ScheduleDate planned_start;
  ScheduleDate planned_end;
  ScheduleDate forecast_start;
  ScheduleDate forecast_end;
  std::optional<double> budget_mnok;         // approved budget, MNOK
  std::optional<double> forecast_cost_mnok;  // forecast total cost, MNOK
  std::vector<PlanItemRef> serves_items;
  std::vector<std::string> serves_indicators;  // indicator codes
  std::vector<std::string> depends_on;         // keys of other portfolio items
  std::string source;
  int64_t version = 1;  // optimistic concurrency: bumped on every change
};

}  // namespace fremdrift
