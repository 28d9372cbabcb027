#include "app/latest_report.h"

#include <map>

#include "domain/plan_tree.h"
#include "domain/strategy_scale.h"
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
  std::map<Subject, Assessment> now;
  for (auto& a : PeriodStore(conn).Assessments(latest->id)) now[a.subject] = std::move(a);
  auto find = [&](const Subject& s) -> std::optional<Assessment> {
    auto it = now.find(s);
    return it == now.end() ? std::nullopt : std::optional<Assessment>(it->second);
  };
  PublishedStatus out{.strategy = strategy,
                      .scale = ScaleOf(strategy),
                      .period = *latest,
                      .overall = find({SubjectKind::kStrategy, ""}),
                      .goals = {}};
  // The goals as the report has them: the plan tree's roots (an item whose
  // parent is missing counts as a goal, domain/plan_tree.h).
  const std::vector<PlanItem> items = ReadPlanOutline(conn, strategy.id);
  for (const auto& root : BuildPlanTree(items)) {
    out.goals.push_back({*root.item, find({SubjectKind::kItem, root.item->key})});
  }
  return out;
}

}  // namespace fremdrift
