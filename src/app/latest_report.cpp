#include "app/latest_report.h"

#include <map>
#include <set>

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
  // The goals as the report has them: the plan tree's roots (an item whose
  // parent is missing counts as a goal, domain/plan_tree.h), each with its
  // own assessment; nothing below them is read. The assessments of the
  // strategy and its goals come in one read.
  std::vector<PlanItem> goals = ReadPlanRoots(conn, strategy.id);
  std::set<std::string> goal_keys;
  for (const auto& g : goals) goal_keys.insert(g.key);
  std::map<std::string, Assessment> of_goal;
  std::optional<Assessment> overall;
  for (auto& a : PeriodStore(conn).StrategyAndItemAssessments(latest->id, goal_keys)) {
    if (a.subject.kind == SubjectKind::kStrategy) overall = a;
    if (a.subject.kind == SubjectKind::kItem) of_goal.emplace(a.subject.key, std::move(a));
  }
  PublishedStatus out{
      .strategy = strategy, .scale = StatusScaleOf(conn, strategy), .period = *latest, .overall = overall, .goals = {}};
  for (auto& goal : goals) {
    auto found = of_goal.find(goal.key);
    std::optional<Assessment> now;
    if (found != of_goal.end()) now = std::move(found->second);
    out.goals.push_back({std::move(goal), std::move(now)});
  }
  return out;
}

}  // namespace fremdrift
