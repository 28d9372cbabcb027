#include "render/roadmap_view.h"

#include <algorithm>
#include <set>

#include "render/filter_form_view.h"
#include "render/item_view.h"
#include "render/phase_text.h"
#include "render/roadmap_overview.h"
#include "render/roadmap_timeline.h"
#include "render/strategy_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// The label of the default grouping: the level names between goal and
// deliverable, e.g. "Delmål / Tema".
std::string ParentLevelsText(const Strategy& s) {
  std::string out;
  for (int level = 2; level < s.depth(); ++level) {
    out += (out.empty() ? "" : " / ") + s.LevelName(level);
  }
  return out.empty() ? s.LevelName(1) : out;
}

// The filter form (render/filter_form_view.h); each field's value is what
// the reader chose.
FilterForm Filters(const RoadmapPageData& d, const PlanNames& names, const Catalogue& t) {
  const RoadmapChoice& c = d.choice;
  std::string all = t.Text("filter_all");

  std::string goal_label = d.strategy.LevelName(1);
  FilterField goal{"f-mal", "mal", goal_label.empty() ? t.Text("filter_goal") : goal_label, c.goal};
  goal.data_lang = true;
  goal.wide = true;
  goal.options.push_back({"", all});
  for (const auto& i : d.items) {
    if (i.level == 1) goal.options.push_back({i.key, ItemHeading(i, d.strategy)});
  }

  std::set<std::string> owner_keys;
  for (const auto& i : d.items) {
    if (i.level == d.strategy.depth()) owner_keys.insert(i.owners.begin(), i.owners.end());
  }
  if (!c.owner.empty()) owner_keys.insert(c.owner);
  std::vector<std::pair<std::string, std::string>> owners;  // name, key
  for (const auto& k : owner_keys) owners.emplace_back(names.OrganisationName(k), k);
  std::sort(owners.begin(), owners.end());
  FilterField owner{"f-eier", "eier", t.Text("filter_owner"), c.owner};
  owner.options.push_back({"", all});
  for (const auto& [name, key] : owners) {
    owner.options.push_back({key, name == key ? key : name + " (" + key + ")"});
  }

  std::vector<std::pair<std::string, std::string>> groups;
  for (const auto& [key, g] : names.user_groups) groups.emplace_back(names.UserGroupName(key), key);
  std::sort(groups.begin(), groups.end());
  FilterField group{"f-brukergruppe", "brukergruppe", t.Text("filter_user_group"), c.user_group};
  group.data_lang = true;
  group.options.push_back({"", all});
  for (const auto& [name, key] : groups) group.options.push_back({key, name});

  FilterField phase{"f-fase", "fase", t.Text("filter_phase"), c.phase};
  phase.options.push_back({"", all});
  // The strategy's own scale (domain/phase_scale.h).
  const PhaseScale& scale = names.PhaseScaleOf(d.strategy);
  for (const auto& p : scale.phases) phase.options.push_back({p.key, scale.PhaseName(p.key, t.lang())});

  auto grouping_text = [&](RoadmapGrouping g) {
    switch (g) {
      case RoadmapGrouping::kParent: return ParentLevelsText(d.strategy);
      case RoadmapGrouping::kGoal: return d.strategy.LevelName(1);
      case RoadmapGrouping::kOwner: return t.Text("grouping_owner");
      case RoadmapGrouping::kUserGroup: return t.Text("grouping_user_group");
    }
    return std::string();
  };
  FilterField grouping{"f-gruppering", "gruppering", t.Text("filter_grouping"),
                       std::string(RoadmapGroupingKey(c.grouping))};
  grouping.active = false;  // a way to show the list, not a filter
  for (auto g : kAllRoadmapGroupings) {
    grouping.options.push_back({std::string(RoadmapGroupingKey(g)), grouping_text(g)});
  }

  FilterForm form;
  form.action = UrlFor(routes::kRoadmap);
  form.heading = t.Text("filters_heading");
  form.submit = t.Text("filters_submit");
  form.reset_url = UrlWithQuery(UrlFor(routes::kRoadmap), {{"strategi", d.strategy.key}});
  form.reset_text = t.Text("filter_reset");
  form.active_label = t.Text("active_filters");
  form.count_text = t.Format("roadmap_count", {{"shown", std::to_string(d.shown.size())},
                                               {"total", std::to_string(d.total)}});
  form.hidden = {{"strategi", d.strategy.key}};
  if (c.all) form.hidden.emplace_back("visning", "alle");
  form.fields = {goal, owner, group, phase, grouping};
  return form;
}

TimelineTexts Texts(const RoadmapPageData& d, const Catalogue& t, const std::string& summary) {
  TimelineTexts x;
  x.title = t.Format("timeline_title", {{"strategy", d.strategy.name}});
  x.description = summary;
  x.tentative = t.Text("timeline_tentative");
  x.open_start = t.Text("timeline_open_start");
  x.open_end = t.Text("timeline_open_end");
  x.legend_firm = t.Text("legend_firm");
  x.legend_tentative = t.Text("legend_tentative");
  x.legend_open_start = t.Text("legend_open_start");
  x.legend_open_end = t.Text("legend_open_end");
  x.today = t.Text("legend_today");
  x.legend_phase = t.Text("legend_phase");
  return x;
}

}  // namespace

mstch::map RoadmapView(const RoadmapPageData& d, const PlanNames& names, const Catalogue& t) {
  mstch::array strategies;
  for (const auto& s : d.strategies) {
    strategies.push_back(mstch::map{{"name", s.name},
                                    {"url", UrlWithQuery(UrlFor(routes::kRoadmap), {{"strategi", s.key}})},
                                    {"current", s.id == d.strategy.id}});
  }
  mstch::map view{{"strategy", StrategyView(d.strategy, t)},
                  {"strategies", strategies},
                  {"has_strategy_choice", d.strategies.size() > 1},
                  {"filter_form", FilterFormView(Filters(d, names, t))}};
  if (ShowsRoadmapOverview(d)) {
    view["has_overview"] = true;
    view["overview"] = RoadmapOverviewView(d, names, t);
    return view;
  }
  ItemsById by_id = IndexById(d.items);
  const PhaseScale& scale = names.PhaseScaleOf(d.strategy);
  auto groups = GroupRoadmap(d.choice.grouping, d.shown, by_id, d.strategy, names, t);

  std::vector<TimelineGroup> timeline;
  mstch::array table_groups;
  size_t open_start = 0, open_end = 0, tentative = 0;
  for (const auto* i : d.shown) {
    open_start += !i->start.is_set();
    open_end += !i->end.is_set();
    tentative += i->tentative;
  }
  for (const auto& g : groups) {
    TimelineGroup tg{g.heading, {}};
    mstch::array rows;
    for (const auto* i : g.items) {
      mstch::map row = ItemView(*i, d.strategy, names, t);
      TimelineBar bar;
      bar.label = i->title;
      bar.start = i->start;
      bar.end = i->end;
      bar.dates = boost::get<std::string>(row.at("start_text")) + " – " +
                  boost::get<std::string>(row.at("end_text"));
      bar.phases = PhaseRangeText(i->phases, scale, t.lang());
      bar.tentative = i->tentative;
      std::optional<int> reached = i->phases ? scale.Position(i->phases->to) : std::nullopt;
      if (reached) bar.phase = BarPhase{*reached, i->phases->to, scale.PhaseName(i->phases->to, t.lang())};
      tg.bars.push_back(bar);
      row["phase_key"] = reached ? i->phases->to : std::string();
      row["phase_position"] = reached ? std::to_string(*reached) : std::string();
      row["tentative_text"] = t.Text(i->tentative ? "yes" : "no");
      row["dependency_clash"] = d.waiting_past_start.count(i->id) > 0;
      row["dependency_clash_text"] = t.Text("roadmap_dependency_clash");
      rows.push_back(row);
    }
    std::string heading;
    for (const auto& h : g.heading) heading += (heading.empty() ? "" : " › ") + h;
    table_groups.push_back(mstch::map{{"heading_text", heading}, {"rows", rows}});
    timeline.push_back(std::move(tg));
  }

  TimelineYears years = TimelinePeriodSpan(timeline, {d.strategy.period_start, d.strategy.period_end});
  std::string summary = t.Format(
      "timeline_summary", {{"count", std::to_string(d.shown.size())},
                           {"first", std::to_string(years.first)},
                           {"last", std::to_string(years.last)},
                           {"open_end", std::to_string(open_end)},
                           {"open_start", std::to_string(open_start)},
                           {"tentative", std::to_string(tentative)}});

  bool has_rows = !d.shown.empty();
  view.merge(mstch::map{
      {"has_rows", has_rows},
      {"empty_text", d.total == 0 ? t.Format("roadmap_no_deliverables",
                                             {{"level", d.strategy.LevelName(d.strategy.depth())}})
                                  : t.Text("roadmap_no_rows")},
      {"timeline_svg", has_rows ? RenderTimelineSvg(timeline, Texts(d, t, summary), years, d.today)
                                : std::string()},
      {"timeline_summary", summary},
      {"table_caption", t.Format("roadmap_table_caption", {{"strategy", d.strategy.name}})},
      {"groups", table_groups},
  });
  return view;
}

}  // namespace fremdrift
