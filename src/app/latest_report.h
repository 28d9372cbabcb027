// The latest published status report of a strategy: what the public pages
// (the home page, the strategy page) show as each item's latest status.
#pragma once

#include <optional>

#include "app/status_report.h"
#include "domain/published_status.h"

namespace fremdrift {

// The report of the published period with the highest code of `strategy`,
// as the public sees it, or nullopt when no period is published. Reads only.
std::optional<StatusReport> LatestPublishedReport(SqlConnection& conn, const Strategy& strategy);

// What that report says of the strategy and its goals
// (domain/published_status.h), equal to BriefOf(*LatestPublishedReport(...)),
// read without building the report: the periods, the plan's goals
// (storage/plan_outline.h) and the assessments of the strategy and each
// goal, nothing below the goals. nullopt when no period is published.
// Reads only.
std::optional<PublishedStatus> LatestPublishedStatus(SqlConnection& conn, const Strategy& strategy);

}  // namespace fremdrift
