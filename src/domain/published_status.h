// The latest published status of a strategy in brief, as the home page sums
// it up: the period, the strategy's overall assessment and each goal's, in
// plan order. It is what the status report of that period says of them
// (domain/status_report.h), without the report's rows, suggestions and
// figures.
#pragma once

#include <optional>
#include <vector>

#include "domain/assessment.h"
#include "domain/plan_item.h"
#include "domain/reporting_period.h"
#include "domain/status_report.h"
#include "domain/status_scale.h"
#include "domain/strategy.h"

namespace fremdrift {

struct PublishedGoalStatus {
  PlanItem goal;
  std::optional<Assessment> now;  // its assessment in the period, if any
};

struct PublishedStatus {
  Strategy strategy;
  StatusScale scale;
  ReportingPeriod period;
  std::optional<Assessment> overall;       // the strategy's, in the period
  std::vector<PublishedGoalStatus> goals;  // the top-level items, in plan order
};

// The brief of a loaded report: the same period, overall status and goals.
PublishedStatus BriefOf(const StatusReport& report);

}  // namespace fremdrift
