#include "render/latest_status_view.h"

#include <map>

#include "render/item_view.h"
#include "render/report_text.h"
#include "render/report_urls.h"
#include "render/report_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

using StatusByKey = std::map<std::string, const Assessment*>;

StatusByKey IndexStatuses(const StatusReport& report) {
  StatusByKey out;
  for (const auto& g : report.goals) {
    if (g.now) out[g.goal.key] = &*g.now;
    for (const auto& row : g.initiatives) out[row.item.key] = &row.assessment;
  }
  return out;
}

std::string Text(const mstch::map& m, const char* key) {
  auto it = m.find(key);
  if (it == m.end()) return "";
  const std::string* s = boost::get<std::string>(&it->second);
  return s ? *s : "";
}

void AddTo(mstch::array& nodes, const StatusByKey& statuses, const StatusReport* report,
           const Catalogue& t) {
  for (auto& node : nodes) {
    auto* m = boost::get<mstch::map>(&node);
    if (!m) continue;
    auto found = statuses.find(Text(*m, "key"));
    bool has = report && found != statuses.end();
    (*m)["has_status"] = has;
    (*m)["status"] = has ? StatusMarkView(DescribeStatus(*found->second, report->scale, t))
                         : mstch::map{};
    auto children = m->find("children");
    bool has_children = false;
    if (children != m->end()) {
      if (auto* list = boost::get<mstch::array>(&children->second)) {
        has_children = !list->empty();
        AddTo(*list, statuses, report, t);
      }
    }
    const int* level = boost::get<int>(&(*m)["level"]);
    (*m)["foldable"] = has_children && level && *level == 1;
  }
}

}  // namespace

void AddLatestStatus(mstch::array& tree, const std::optional<StatusReport>& report,
                     const Catalogue& t) {
  StatusByKey statuses = report ? IndexStatuses(*report) : StatusByKey{};
  AddTo(tree, statuses, report ? &*report : nullptr, t);
}

mstch::map LatestStatusSummary(const std::optional<PublishedStatus>& status, const Catalogue& t) {
  if (!status) return mstch::map{{"has_report", false}};
  mstch::array goals;
  for (const auto& g : status->goals) {
    goals.push_back(mstch::map{{"heading", ItemHeading(g.goal, status->strategy)},
                               {"url", UrlFor(routes::kItem, status->strategy.key, g.goal.key)},
                               {"status", StatusMarkView(DescribeStatus(g.now, status->scale, t))}});
  }
  return mstch::map{
      {"has_report", true},
      {"period_title", status->period.title.empty() ? status->period.code : status->period.title},
      {"report_url", ReportUrl(status->strategy.key, status->period.code)},
      {"overall", StatusMarkView(DescribeStatus(status->overall, status->scale, t))},
      {"goals", goals},
  };
}

mstch::map LatestStatusSummary(const std::optional<StatusReport>& report, const Catalogue& t) {
  return LatestStatusSummary(report ? std::optional<PublishedStatus>(BriefOf(*report)) : std::nullopt, t);
}

}  // namespace fremdrift
