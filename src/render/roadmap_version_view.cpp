#include "render/roadmap_version_view.h"

#include <algorithm>
#include <map>

#include "render/date_text.h"
#include "render/roadmap_timeline.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

std::string StatusWord(RoadmapStatus s, const Catalogue& t) {
  return t.Text(s == RoadmapStatus::kPublished ? "rv_status_published" : "rv_status_draft");
}

std::string TimeText(const RoadmapTime& time, const Catalogue& t) {
  if (!time.is_set()) return t.Text("rv_not_given");
  return time.has_date() ? DateText(time.date(), t.lang()) : std::to_string(time.year());
}

ScheduleDate StartDate(const RoadmapTime& time) {
  return time.is_set() ? ScheduleDate::On(time.FirstDay()) : ScheduleDate::Undefined();
}

ScheduleDate EndDate(const RoadmapTime& time) {
  return time.is_set() ? ScheduleDate::On(time.LastDay()) : ScheduleDate::Undefined();
}

std::string Who(const RoadmapAction& a) {
  if (a.actor_group.empty()) return a.actor;
  if (a.actor.empty()) return a.actor_group;
  return a.actor_group + " – " + a.actor;
}

TimelineBar Bar(const RoadmapAction& a, const std::string& prefix, bool older, const Catalogue& t) {
  return TimelineBar{prefix + a.actor + ": " + a.what, StartDate(a.start), EndDate(a.end), ActionTimeText(a, t),
                     ActionTimeText(a, t), older};
}

TimelineTexts Texts(const std::string& title, const std::string& description, const Catalogue& t) {
  TimelineTexts x;
  x.title = title;
  x.description = description;
  x.open_start = t.Text("rv_open_start");
  x.open_end = t.Text("rv_open_end");
  x.legend_firm = t.Text("rv_legend_firm");
  x.legend_open_start = t.Text("rv_legend_open_start");
  x.legend_open_end = t.Text("rv_legend_open_end");
  x.today = t.Text("rv_today");
  return x;
}

std::string Timeline(const std::vector<TimelineGroup>& groups, const TimelineTexts& texts,
                     std::optional<Date> today) {
  return RenderTimelineSvg(groups, texts, TimelineYearSpan(groups, {2022, 2026}), today);
}

mstch::map ActionRow(const RoadmapAction& a, const Catalogue& t) {
  return mstch::map{{"group", a.actor_group}, {"actor", a.actor}, {"what", a.what},
                    {"start", TimeText(a.start, t)}, {"end", TimeText(a.end, t)}};
}

}  // namespace

std::string RoadmapVersionsPageUrl() { return UrlFor(routes::kRoadmapVersions); }
std::string RoadmapVersionPageUrl(const std::string& code) {
  return UrlFor(routes::kRoadmapVersion, code);
}
std::string RoadmapComparePageUrl(const std::string& from, const std::string& to) {
  return UrlWithQuery(UrlFor(routes::kRoadmapCompare), {{"fra", from}, {"til", to}});
}

std::string ActionTimeText(const RoadmapAction& a, const Catalogue& t) {
  auto text = [&](const RoadmapTime& time) {
    return time.has_date() ? DateText(time.date(), t.lang()) : std::to_string(time.year());
  };
  if (a.start.is_set() && a.end.is_set()) {
    return a.start == a.end ? text(a.start) : text(a.start) + " → " + text(a.end);
  }
  if (a.start.is_set()) return text(a.start) + " →";
  if (a.end.is_set()) return "→ " + text(a.end);
  return t.Text("rv_not_given");
}

mstch::map RoadmapVersionsView(const std::vector<RoadmapVersion>& versions, const Catalogue& t) {
  mstch::array rows;
  for (const auto& v : versions) {
    size_t actions = 0;
    for (const auto& s : v.services) actions += s.actions.size();
    bool has_base = !v.based_on.empty();
    rows.push_back(mstch::map{{"code", v.code},
                              {"url", RoadmapVersionPageUrl(v.code)},
                              {"title", v.title},
                              {"date", v.date ? DateText(*v.date, t.lang()) : t.Text("rv_not_given")},
                              {"status", StatusWord(v.status, t)},
                              {"based_on", has_base ? v.based_on : std::string("–")},
                              {"has_compare", has_base},
                              {"compare_url", has_base ? RoadmapComparePageUrl(v.based_on, v.code) : std::string()},
                              {"compare_text", t.Format("rv_compare_with", {{"code", v.based_on}})},
                              {"services", std::to_string(v.services.size())},
                              {"actions", std::to_string(actions)}});
  }
  return mstch::map{{"data_lang", std::string("nb")}, {"has_versions", !rows.empty()}, {"rows", rows},
                    {"portfolio_url", UrlFor(routes::kPortfolio)}};
}

mstch::map RoadmapVersionView(const RoadmapVersion& v, const Catalogue& t, std::optional<Date> today) {
  std::vector<TimelineGroup> groups;
  mstch::array services;
  size_t count = 0;
  for (const auto& s : v.services) {
    TimelineGroup g{{s.title}, {}};
    mstch::array actions;
    for (const auto& a : s.actions) {
      actions.push_back(ActionRow(a, t));
      if (a.start.is_set() || a.end.is_set()) {
        g.bars.push_back(Bar(a, "", false, t));
        ++count;
      }
    }
    if (!g.bars.empty()) groups.push_back(g);
    std::map<int, mstch::array> by_year;
    for (const auto& m : s.measures) by_year[m.year].push_back(mstch::map{{"text", m.text}});
    mstch::array measures;
    for (auto& [year, list] : by_year) {
      measures.push_back(mstch::map{{"heading", t.Format("rv_measures", {{"year", std::to_string(year)}})},
                                    {"items", list}});
    }
    services.push_back(mstch::map{{"title", s.title},
                                  {"target", s.target},
                                  {"has_target", !s.target.empty()},
                                  {"note", s.note},
                                  {"has_note", !s.note.empty()},
                                  {"has_actions", !actions.empty()},
                                  {"actions", actions},
                                  {"caption", t.Format("rv_actions_caption", {{"service", s.title}})},
                                  {"measures", measures},
                                  {"source", s.source}});
  }
  std::string svg;
  if (!groups.empty()) {
    svg = Timeline(groups,
                   Texts(t.Format("rv_timeline_title", {{"code", v.code}}),
                         t.Format("rv_timeline_summary", {{"count", std::to_string(count)}}), t),
                   today);
  }
  return mstch::map{{"data_lang", std::string("nb")},
                    {"heading", t.Format("rv_version_heading", {{"code", v.code}})},
                    {"title", v.title},
                    {"status", StatusWord(v.status, t)},
                    {"date", v.date ? DateText(*v.date, t.lang()) : t.Text("rv_not_given")},
                    {"based_on", v.based_on.empty() ? std::string("–") : v.based_on},
                    {"has_compare", !v.based_on.empty()},
                    {"compare_url", RoadmapComparePageUrl(v.based_on, v.code)},
                    {"compare_text", t.Format("rv_compare_with", {{"code", v.based_on}})},
                    {"note", v.note},
                    {"has_note", !v.note.empty()},
                    {"source", v.source.empty() ? std::string("–") : v.source},
                    {"has_timeline", !svg.empty()},
                    {"timeline_svg", svg},
                    {"services", services},
                    {"back_url", RoadmapVersionsPageUrl()}};
}

mstch::map RoadmapCompareView(const RoadmapVersion& from, const RoadmapVersion& to, const RoadmapDiff& diff,
                              const Catalogue& t) {
  int added = 0, removed = 0, later = 0, earlier = 0, changed = 0;
  mstch::array services;
  std::vector<TimelineGroup> groups;
  std::string older = from.code + " · ", newer = to.code + " · ";
  for (const auto& s : diff.services) {
    mstch::array rows;
    TimelineGroup g{{s.title}, {}};
    for (const auto& c : s.changes) {
      switch (c.kind) {
        case ActionChangeKind::kAdded: ++added; break;
        case ActionChangeKind::kRemoved: ++removed; break;
        case ActionChangeKind::kMovedLater: ++later; break;
        case ActionChangeKind::kMovedEarlier: ++earlier; break;
        case ActionChangeKind::kChanged: ++changed; break;
      }
      std::string shift;
      if (c.shift) {
        shift = t.Format(c.shift->unit == "days" ? "cmp_shift_days" : "cmp_shift_years",
                         {{"amount", (c.shift->amount > 0 ? "+" : "") + std::to_string(c.shift->amount)},
                          {"of", t.Text(c.shifted == "start" ? "cmp_of_start" : "cmp_of_end")}});
      }
      auto side = [&](const std::optional<RoadmapAction>& a) {
        return a ? Who(*a) + ": " + a->what + " (" + ActionTimeText(*a, t) + ")" : std::string("–");
      };
      rows.push_back(mstch::map{{"kind", t.Text("cmp_kind_" + std::string(ActionChangeKindKey(c.kind)))},
                                {"shift", shift},
                                {"has_shift", !shift.empty()},
                                {"text_changed", c.text_changed && c.shift.has_value()},
                                {"before", side(c.before)},
                                {"after", side(c.after)}});
      if (c.before && (c.before->start.is_set() || c.before->end.is_set())) g.bars.push_back(Bar(*c.before, older, true, t));
      if (c.after && (c.after->start.is_set() || c.after->end.is_set())) g.bars.push_back(Bar(*c.after, newer, false, t));
    }
    if (!g.bars.empty()) groups.push_back(g);
    std::string state;
    if (s.state == ServiceDiff::State::kAdded) state = t.Format("cmp_service_added", {{"to", to.code}});
    if (s.state == ServiceDiff::State::kRemoved) state = t.Format("cmp_service_removed", {{"to", to.code}});
    services.push_back(mstch::map{
        {"title", s.title},
        {"state", state},
        {"has_state", !state.empty()},
        {"target_changed", s.target_changed},
        {"target_text", t.Format("cmp_target_changed", {{"before", s.target_before}, {"after", s.target_after}})},
        {"has_changes", !rows.empty()},
        {"rows", rows},
        {"caption", t.Format("cmp_changes_caption", {{"service", s.title}})}});
  }
  std::string svg;
  if (!groups.empty()) {
    TimelineTexts texts = Texts(t.Format("cmp_timeline_title", {{"from", from.code}, {"to", to.code}}),
                                t.Format("cmp_timeline_summary", {{"from", from.code}}), t);
    texts.tentative = t.Format("cmp_older", {{"from", from.code}});
    texts.legend_tentative = t.Format("cmp_legend_older", {{"from", from.code}});
    texts.legend_firm = to.code;
    svg = Timeline(groups, texts, std::nullopt);
  }
  return mstch::map{
      {"data_lang", std::string("nb")},
      {"heading", t.Format("cmp_title", {{"from", from.code}, {"to", to.code}})},
      {"summary", t.Format("cmp_summary", {{"added", std::to_string(added)},
                                          {"removed", std::to_string(removed)},
                                          {"later", std::to_string(later)},
                                          {"earlier", std::to_string(earlier)},
                                          {"changed", std::to_string(changed)}})},
      {"col_before", t.Format("cmp_col_before", {{"from", from.code}})},
      {"col_after", t.Format("cmp_col_after", {{"to", to.code}})},
      {"services", services},
      {"has_timeline", !svg.empty()},
      {"timeline_svg", svg},
      {"from_url", RoadmapVersionPageUrl(from.code)},
      {"to_url", RoadmapVersionPageUrl(to.code)},
      {"from", from.code},
      {"to", to.code},
      {"back_url", RoadmapVersionsPageUrl()}};
}

}  // namespace fremdrift
