#include "app/latest_report.h"

#include "app/status_scales.h"
#include "storage/period_store.h"
#include "storage/plan_outline.h"
#include "storage/system_clock.h"

namespace fremdrift {
namespace {

// The published (public) period with the highest code, if any.
std::optional<ReportingPeriod> LatestPublicPeriod(SqlConnection& conn, const Strategy& strategy) {
  if (!strategy.published) return std::nullopt;
  std::optional<ReportingPeriod> latest;
  for (const auto& p : PeriodStore(conn).List(strategy.id)) {
    if (IsPublic(p) && (!latest || latest->code < p.code)) latest = p;
  }
  return latest;
}

}  // namespace

std::optional<StatusReport> LatestPublishedReport(SqlConnection& conn, const Strategy& strategy) {
  auto latest = LatestPublicPeriod(conn, strategy);
  if (!latest) return std::nullopt;
  return LoadStatusReport(conn, strategy, *latest, Viewer::Public(), SystemClock().TodayUtc());
}

std::optional<PublishedStatus> LatestPublishedStatus(SqlConnection& conn, const Strategy& strategy) {
  auto latest = LatestPublicPeriod(conn, strategy);
  if (!latest) return std::nullopt;
  PeriodStore periods(conn);
  PublishedStatus out{.strategy = strategy,
                      .scale = StatusScaleOf(conn, strategy),
                      .period = *latest,
                      .overall = periods.FindAssessment(latest->id, {SubjectKind::kStrategy, ""}),
                      .goals = {}};
  // The goals as the report has them: the plan tree's roots (an item whose
  // parent is missing counts as a goal, domain/plan_tree.h), each with its
  // own assessment; nothing below them is read.
  for (auto& goal : ReadPlanRoots(conn, strategy.id)) {
    auto now = periods.FindAssessment(latest->id, {SubjectKind::kItem, goal.key});
    out.goals.push_back({std::move(goal), std::move(now)});
  }
  return out;
}

}  // namespace fremdrift
