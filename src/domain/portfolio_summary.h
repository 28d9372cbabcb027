// Figures about the whole portfolio for its overview page and API: how many
// items have each status, each risk level and each segment, and the share
// of items that are delayed in each phase (the kind of figure goal 5's
// indicators use: "17 % delays in development, 11 % in rollout").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/phase.h"
#include "domain/portfolio_assessment.h"
#include "domain/portfolio_item.h"

namespace fremdrift {

// Whether the item is delayed: both its planned and its forecast end are
// dates, and the forecast is later.
bool IsDelayed(const PortfolioItem& item);

struct DelayShare {
  Phase phase;
  int items = 0;       // items in the phase
  int with_dates = 0;  // of those, items with a planned and a forecast end
  int delayed = 0;     // of those, items whose forecast end is later
  // delayed / with_dates, nullopt when no item in the phase has both dates
  // (the share is then unknown, not zero).
  std::optional<double> share;
};

struct PortfolioSummary {
  int items = 0;
  int programmes = 0;
  int projects = 0;
  // Every status and risk word in scale order, zeros included.
  std::vector<std::pair<std::string, int>> by_status;
  std::vector<std::pair<std::string, int>> by_risk;
  // Segments in name order; "" collects items whose segment is not known.
  std::vector<std::pair<std::string, int>> by_segment;
  std::vector<DelayShare> delays;  // one per phase, in phase order
};

// An item with its latest visible assessment (none: not assessed).
struct PortfolioEntry {
  PortfolioItem item;
  std::optional<PeriodAssessment> current;
  std::string status() const { return current ? current->assessment.status : "not_assessed"; }
  std::string risk() const { return current ? current->assessment.risk : "not_assessed"; }
};

PortfolioSummary SummarisePortfolio(const std::vector<PortfolioEntry>& items);

}  // namespace fremdrift
