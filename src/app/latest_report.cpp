#include "app/latest_report.h"

#include "storage/period_store.h"
#include "storage/system_clock.h"

namespace fremdrift {

std::optional<StatusReport> LatestPublishedReport(SqlConnection& conn, const Strategy& strategy) {
  if (!strategy.published) return std::nullopt;
  std::optional<ReportingPeriod> latest;
  for (const auto& p : PeriodStore(conn).List(strategy.id)) {
    if (IsPublic(p) && (!latest || latest->code < p.code)) latest = p;
  }
  if (!latest) return std::nullopt;
  return LoadStatusReport(conn, strategy, *latest, Viewer::Public(), SystemClock().TodayUtc());
}

}  // namespace fremdrift
