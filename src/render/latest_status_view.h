// Each plan item's latest status, from the latest published status report,
// added to a plan tree's item views (the strategy page) and as a summary of
// the strategy and its goals (the home page). The status is a word with a
// mark (templates/report_status.mustache), never a colour alone.
#pragma once

#include <optional>
#include <string>

#include <mstch/mstch.hpp>

#include "domain/published_status.h"
#include "domain/status_report.h"
#include "render/i18n.h"

namespace fremdrift {

// Adds to every node of `tree` (PlanTreeView) "has_status", "status" (a
// report_status mark) and "foldable" (a goal with items below it, folded
// with <details>); recursively through "children".
void AddLatestStatus(mstch::array& tree, const std::optional<StatusReport>& report,
                     const Catalogue& t);

// Keys: has_report, period_title, report_url, overall (report_status mark),
// goals [heading, url, status (report_status mark)].
mstch::map LatestStatusSummary(const std::optional<PublishedStatus>& status, const Catalogue& t);

// The same of a loaded report (BriefOf).
mstch::map LatestStatusSummary(const std::optional<StatusReport>& report, const Catalogue& t);

}  // namespace fremdrift
