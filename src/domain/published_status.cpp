#include "domain/published_status.h"

namespace fremdrift {

PublishedStatus BriefOf(const StatusReport& report) {
  PublishedStatus out{.strategy = report.strategy,
                      .scale = report.scale,
                      .period = report.period,
                      .overall = report.overall,
                      .goals = {}};
  for (const auto& g : report.goals) out.goals.push_back({g.goal, g.now});
  return out;
}

}  // namespace fremdrift
