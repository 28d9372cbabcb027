#include "render/monitor_listing.h"

#include <algorithm>
#include <set>

#include "domain/indicator_choice.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// The rows of one group: the indicators that match (added to `matched`),
// less the parts whose parent is listed in the group too.
std::vector<const Indicator*> Rows(const std::vector<const Indicator*>& group, const MonitorChoice& choice,
                                   std::set<std::string>& matched) {
  IndicatorChoice words{choice.words, ""};
  std::vector<const Indicator*> matching;
  std::set<std::string> codes;
  for (const auto* i : group) {
    if (!MatchesIndicatorChoice(*i, words)) continue;
    matching.push_back(i);
    codes.insert(i->code);
  }
  matched.insert(codes.begin(), codes.end());
  std::vector<const Indicator*> rows;
  for (const auto* i : matching) {
    if (i->parent.empty() || !codes.count(i->parent)) rows.push_back(i);
  }
  return rows;
}

}  // namespace

size_t MonitorListing::PageOf(const MonitorSection& s) const {
  return std::min(pages, s.first_row / page_size + 1);
}

bool MonitorListing::Shown(const MonitorSection& s) const {
  if (s.rows.empty()) return PageOf(s) == page;
  auto [begin, end] = RowsOnPage(s);
  return begin < end;
}

std::pair<size_t, size_t> MonitorListing::RowsOnPage(const MonitorSection& s) const {
  size_t from = (page - 1) * page_size, to = page * page_size;
  size_t begin = std::clamp(from, s.first_row, s.first_row + s.rows.size()) - s.first_row;
  size_t end = std::clamp(to, s.first_row, s.first_row + s.rows.size()) - s.first_row;
  return {begin, end};
}

MonitorListing ListMonitor(const MonitorGrouping& grouping, const MonitorChoice& choice, size_t page_size) {
  MonitorListing out;
  out.page_size = std::max<size_t>(page_size, 1);
  out.page = std::max<size_t>(choice.page, 1);
  bool chosen = !choice.words.empty() || !choice.goal.empty();
  std::set<std::string> matched;
  auto add = [&](const PlanItem* goal, const std::vector<const Indicator*>& group) {
    std::string key = goal ? goal->key : std::string(kMonitorOthersKey);
    if (!choice.goal.empty() && choice.goal != key) return;
    std::set<std::string> group_matched;
    MonitorSection s{goal, Rows(group, choice, group_matched), out.rows};
    // Every goal has its place when nothing is chosen ("no indicators
    // yet"); the others only when there are some.
    if (s.rows.empty() && (chosen || !goal)) return;
    out.rows += s.rows.size();
    matched.insert(group_matched.begin(), group_matched.end());
    out.sections.push_back(std::move(s));
  };
  for (const auto& g : grouping.goals) add(g.goal, g.indicators);
  add(nullptr, grouping.others);
  out.indicators = matched.size();
  out.pages = std::max<size_t>(1, (out.rows + out.page_size - 1) / out.page_size);
  return out;
}

std::string MonitorPageUrl(const MonitorChoice& choice) {
  return UrlWithQuery(UrlFor(routes::kMonitor), {{"q", choice.words},
                                                 {"mal", choice.goal},
                                                 {"side", choice.page > 1 ? std::to_string(choice.page) : ""}});
}

}  // namespace fremdrift
