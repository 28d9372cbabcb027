#include "render/portfolio_view.h"

#include <set>

#include "domain/portfolio_assessment.h"
#include "render/filter_form_view.h"

#include <functional>
#include <map>

#include "domain/phase.h"
#include "render/chart_bar.h"
#include "render/chart_number_text.h"
#include "render/date_text.h"
#include "render/dependency_graph.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

std::string KindWord(PortfolioKind k, const Catalogue& t) {
  return t.Text(k == PortfolioKind::kProgramme ? "pf_kind_programme" : "pf_kind_project");
}

std::string PhaseWord(const std::optional<Phase>& p, const Catalogue& t) {
  return p ? std::string(PhaseName(*p, t.lang())) : t.Text("pf_unknown");
}

std::string OwnerText(const PortfolioItem& item, const PlanNames& names, const Catalogue& t) {
  return item.owner.empty() ? t.Text("pf_unknown") : names.OrganisationName(item.owner);
}

std::string DateOrUnknown(const ScheduleDate& d, const Catalogue& t) {
  return d.is_none() ? t.Text("pf_unknown") : ScheduleDateText(d, t);
}

std::string MnokText(const std::optional<double>& v, const Catalogue& t) {
  return v ? FormatNumber(*v, {t.lang(), "", 1}) : t.Text("pf_unknown");
}

// One count chart with its data table rows.
mstch::map CountChart(const std::string& id, const std::string& title_key,
                      const std::vector<std::pair<std::string, int>>& counts,
                      const std::function<std::string(const std::string&)>& word, const Catalogue& t) {
  ChartInput in;
  in.id = id;
  in.format = {t.lang(), "", 0};
  in.axis_title = t.Text("pf_count_axis");
  ChartSeries series;
  mstch::array rows;
  std::string parts;
  for (const auto& [key, n] : counts) {
    ChartPoint p;
    p.label = word(key);
    p.value = n;
    series.points.push_back(p);
    rows.push_back(mstch::map{{"label", p.label}, {"count", std::to_string(n)}});
    parts += (parts.empty() ? "" : "; ") + p.label + ": " + std::to_string(n);
  }
  in.series.push_back(series);
  in.texts.title = t.Text(title_key);
  in.texts.description = t.Format("pf_chart_summary", {{"parts", parts}});
  in.texts.no_data = t.Text("pf_no_data");
  return mstch::map{{"id", id},
                    {"title", in.texts.title},
                    {"svg", RenderBarChartSvg(in)},
                    {"rows", rows}};
}

// A count chart tells something only when the items fall in two or more
// categories; "10 × not assessed" is said by the table of items.
bool CountsInform(const std::vector<std::pair<std::string, int>>& counts) {
  int categories = 0;
  for (const auto& [key, n] : counts) categories += n > 0 ? 1 : 0;
  return categories >= 2;
}

// The Designsystemet colour of a status or risk chip; the chip's text and
// mark carry the meaning, the colour only repeats it.
std::string ChipColour(const std::string& value) {
  if (value == "on_track" || value == "low") return "success";
  if (value == "at_risk" || value == "medium") return "warning";
  if (value == "off_track" || value == "high") return "danger";
  if (value == "finished") return "info";
  return "neutral";
}

std::string ChipMark(const std::string& value) {
  if (value == "on_track" || value == "low" || value == "finished") return "\u2713";
  if (value == "at_risk" || value == "medium") return "!";
  if (value == "off_track" || value == "high") return "\u2715";
  return "\u2013";
}

mstch::map Chip(const std::string& value, const std::string& word) {
  return mstch::map{{"text", word}, {"colour", ChipColour(value)}, {"mark", ChipMark(value)}};
}

std::string ShareText(const DelayShare& d, const Catalogue& t) {
  if (!d.share) return t.Text("pf_share_unknown");
  return FormatNumber(*d.share * 100, {t.lang(), PercentSuffix(t.lang()), 0});
}

}  // namespace

std::string PortfolioPageUrl() { return UrlFor(routes::kPortfolio); }
std::string PortfolioItemPageUrl(const std::string& key) { return UrlFor(routes::kPortfolioItem, key); }

std::string PortfolioStatusWord(const std::string& status, const Catalogue& t) {
  return t.Text("pf_status_" + status);
}

std::string RiskWord(const std::string& risk, const Catalogue& t) { return t.Text("pf_risk_" + risk); }

namespace {

// The filter form over the item table (render/filter_form_view.h).
FilterForm PortfolioFilters(const std::vector<PortfolioEntry>& entries, const PortfolioChoice& c,
                            size_t shown, const PlanNames& names, const Catalogue& t) {
  std::string all = t.Text("filter_all");
  FilterField kind{"pf-f-type", "type", t.Text("pf_col_kind"), c.kind};
  kind.options = {{"", all},
                  {std::string(PortfolioKindKey(PortfolioKind::kProgramme)), KindWord(PortfolioKind::kProgramme, t)},
                  {std::string(PortfolioKindKey(PortfolioKind::kProject)), KindWord(PortfolioKind::kProject, t)}};
  std::set<std::pair<std::string, std::string>> owners;  // name, key
  for (const auto& e : entries) {
    if (!e.item.owner.empty()) owners.emplace(names.OrganisationName(e.item.owner), e.item.owner);
  }
  FilterField owner{"pf-f-eier", "eier", t.Text("pf_col_owner"), c.owner};
  owner.data_lang = true;
  owner.options.push_back({"", all});
  for (const auto& [name, key] : owners) owner.options.push_back({key, name});
  FilterField phase{"pf-f-fase", "fase", t.Text("pf_col_phase"), c.phase};
  phase.options.push_back({"", all});
  for (Phase p : kAllPhases) phase.options.push_back({std::string(PhaseKey(p)), std::string(PhaseName(p, t.lang()))});
  FilterField status{"pf-f-status", "status", t.Text("pf_col_status"), c.status};
  status.options.push_back({"", all});
  for (auto k : kPortfolioStatuses) status.options.push_back({std::string(k), PortfolioStatusWord(std::string(k), t)});
  FilterField risk{"pf-f-risiko", "risiko", t.Text("pf_col_risk"), c.risk};
  risk.options.push_back({"", all});
  for (auto k : kRiskLevels) risk.options.push_back({std::string(k), RiskWord(std::string(k), t)});

  FilterForm form;
  form.action = PortfolioPageUrl();
  form.heading = t.Text("pf_filters_heading");
  form.submit = t.Text("pf_filters_submit");
  form.reset_url = PortfolioPageUrl();
  form.reset_text = t.Text("filter_reset");
  form.active_label = t.Text("active_filters");
  form.count_text = t.Format("pf_filter_count", {{"shown", std::to_string(shown)},
                                                 {"total", std::to_string(entries.size())}});
  form.fields = {kind, owner, phase, status, risk};
  return form;
}

}  // namespace

mstch::map PortfolioView(const std::vector<PortfolioEntry>& entries, const PortfolioChoice& choice,
                         const PlanNames& names, const Catalogue& t) {
  PortfolioSummary s = SummarisePortfolio(entries);
  mstch::array charts;
  auto add = [&](const std::string& id, const char* title, const char* heading,
                 const std::vector<std::pair<std::string, int>>& counts,
                 std::function<std::string(const std::string&)> word) {
    if (!CountsInform(counts)) return;
    mstch::map m = CountChart(id, title, counts, word, t);
    m["heading"] = t.Text(heading);
    charts.push_back(m);
  };
  add("pf-status", "pf_chart_status_title", "pf_by_status", s.by_status,
      [&](const std::string& k) { return PortfolioStatusWord(k, t); });
  add("pf-risk", "pf_chart_risk_title", "pf_by_risk", s.by_risk, [&](const std::string& k) { return RiskWord(k, t); });
  add("pf-segment", "pf_chart_segment_title", "pf_by_segment", s.by_segment,
      [&](const std::string& k) { return k.empty() ? t.Text("pf_segment_unknown") : k; });

  mstch::array delays;
  std::string development, rollout;
  for (const auto& d : s.delays) {
    delays.push_back(mstch::map{{"phase", std::string(PhaseName(d.phase, t.lang()))},
                                {"items", std::to_string(d.items)},
                                {"with_dates", std::to_string(d.with_dates)},
                                {"delayed", std::to_string(d.delayed)},
                                {"share", ShareText(d, t)}});
    if (d.phase == Phase::kDevelopment) development = ShareText(d, t);
    if (d.phase == Phase::kIntroduction) rollout = ShareText(d, t);
  }

  std::vector<GraphNode> nodes;
  std::vector<std::pair<std::string, std::string>> edges;
  std::map<std::string, std::string> name_of;
  for (const auto& e : entries) name_of[e.item.key] = e.item.name;
  mstch::array dependency_lines;
  for (const auto& e : entries) {
    nodes.push_back({e.item.key, e.item.name});
    for (const auto& d : e.item.depends_on) {
      edges.emplace_back(e.item.key, d);
      dependency_lines.push_back(mstch::map{
          {"item", e.item.name}, {"item_url", PortfolioItemPageUrl(e.item.key)},
          {"other", name_of.count(d) ? name_of[d] : d}, {"other_url", PortfolioItemPageUrl(d)}});
    }
  }
  std::string graph = RenderDependencyGraphSvg(
      "pf-deps", nodes, edges,
      {t.Text("pf_graph_title"), t.Format(edges.size() == 1 ? "pf_graph_summary_one" : "pf_graph_summary", {{"count", std::to_string(edges.size())}})});

  mstch::array rows;
  for (const auto& e : entries) {
    if (!MatchesPortfolioChoice(e, choice)) continue;
    rows.push_back(mstch::map{{"name", e.item.name},
                              {"url", PortfolioItemPageUrl(e.item.key)},
                              {"kind", KindWord(e.item.kind, t)},
                              {"owner", OwnerText(e.item, names, t)},
                              {"phase", PhaseWord(e.item.phase, t)},
                              {"status", PortfolioStatusWord(e.status(), t)},
                              {"risk", RiskWord(e.risk(), t)},
                              {"status_chip", Chip(e.status(), PortfolioStatusWord(e.status(), t))},
                              {"risk_chip", Chip(e.risk(), RiskWord(e.risk(), t))},
                              {"delayed", IsDelayed(e.item)}});
  }
  return mstch::map{
      {"data_lang", std::string("nb")},
      {"has_items", !entries.empty()},
      {"counts_text", t.Format("pf_counts", {{"items", std::to_string(s.items)},
                                             {"programmes", std::to_string(s.programmes)},
                                             {"projects", std::to_string(s.projects)}})},
      {"headline_development", t.Format("pf_headline_development", {{"share", development}})},
      {"headline_rollout", t.Format("pf_headline_rollout", {{"share", rollout}})},
      {"charts", charts},
      {"delays", delays},
      {"has_graph", !graph.empty()},
      {"graph_svg", graph},
      {"dependency_lines", dependency_lines},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"filter_form", FilterFormView(PortfolioFilters(entries, choice, rows.size(), names, t))},
      {"versions_url", UrlFor(routes::kRoadmapVersions)},
  };
}

mstch::map PortfolioItemView(const PortfolioEntry& entry, const std::vector<PortfolioEntry>& all,
                             const std::vector<PeriodAssessment>& history, const std::vector<ServedLink>& served,
                             const PlanNames& names, const Catalogue& t) {
  const PortfolioItem& item = entry.item;
  std::map<std::string, std::string> name_of;
  for (const auto& e : all) name_of[e.item.key] = e.item.name;
  auto link = [&](const std::string& key) {
    return mstch::map{{"url", PortfolioItemPageUrl(key)}, {"name", name_of.count(key) ? name_of[key] : key}};
  };
  mstch::array projects, depends_on, depended_on_by;
  for (const auto& e : all) {
    if (e.item.programme == item.key) projects.push_back(link(e.item.key));
    for (const auto& d : e.item.depends_on) {
      if (d == item.key) depended_on_by.push_back(link(e.item.key));
    }
  }
  for (const auto& d : item.depends_on) depends_on.push_back(link(d));
  mstch::array served_items;
  for (const auto& s : served) served_items.push_back(mstch::map{{"url", s.url}, {"title", s.title}});
  mstch::array indicators;
  for (const auto& code : item.serves_indicators) {
    indicators.push_back(mstch::map{{"code", code}, {"url", UrlFor(routes::kMonitorIndicator, code)}});
  }
  mstch::array rows;
  for (const auto& a : history) {
    rows.push_back(mstch::map{{"period", a.period},
                              {"status", PortfolioStatusWord(a.assessment.status, t)},
                              {"explanation", a.assessment.status_explanation},
                              {"risk", RiskWord(a.assessment.risk, t)},
                              {"risk_description", a.assessment.risk_description},
                              {"assessed_by", a.assessment.assessed_by}});
  }
  mstch::map view{
      {"data_lang", std::string("nb")},
      {"name", item.name},
      {"kind", KindWord(item.kind, t)},
      {"description", item.description},
      {"has_description", !item.description.empty()},
      {"has_programme", !item.programme.empty()},
      {"programme", link(item.programme)},
      {"has_projects", !projects.empty()},
      {"projects", projects},
      {"owner", OwnerText(item, names, t)},
      {"segment", item.segment.empty() ? t.Text("pf_unknown") : item.segment},
      {"phase", PhaseWord(item.phase, t)},
      {"planned_start", DateOrUnknown(item.planned_start, t)},
      {"planned_end", DateOrUnknown(item.planned_end, t)},
      {"forecast_start", DateOrUnknown(item.forecast_start, t)},
      {"forecast_end", DateOrUnknown(item.forecast_end, t)},
      {"budget", MnokText(item.budget_mnok, t)},
      {"forecast_cost", MnokText(item.forecast_cost_mnok, t)},
      {"delayed", IsDelayed(item)},
      {"status", PortfolioStatusWord(entry.status(), t)},
      {"risk", RiskWord(entry.risk(), t)},
      {"explanation", entry.current ? entry.current->assessment.status_explanation : std::string()},
      {"risk_description", entry.current ? entry.current->assessment.risk_description : std::string()},
      {"has_current", entry.current.has_value()},
      {"current_in", entry.current ? t.Format("pf_current_in", {{"period", entry.current->period}}) : std::string()},
      {"has_served", !served_items.empty()},
      {"served", served_items},
      {"has_indicators", !indicators.empty()},
      {"indicators", indicators},
      {"has_depends_on", !depends_on.empty()},
      {"depends_on", depends_on},
      {"has_depended_on_by", !depended_on_by.empty()},
      {"depended_on_by", depended_on_by},
      {"source", item.source.empty() ? std::string("–") : item.source},
      {"has_history", !rows.empty()},
      {"history", rows},
      {"back_url", PortfolioPageUrl()},
  };
  return view;
}

}  // namespace fremdrift
