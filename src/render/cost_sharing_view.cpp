#include "render/cost_sharing_view.h"

#include "domain/cost_sharing_rules.h"
#include "domain/period.h"
#include "render/chart_stacked.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

mstch::array YearLinks(const std::vector<int>& years, int current) {
  mstch::array out;
  for (int y : years) {
    out.push_back(mstch::map{{"year", std::to_string(y)}, {"url", UrlFor(routes::kCostYear, y)}, {"current", y == current}});
  }
  return out;
}

Mnok ShareOf(const std::map<std::string, Mnok>& shares, const std::string& group) {
  auto it = shares.find(group);
  return it == shares.end() ? Mnok() : it->second;
}

std::string MethodText(const CostTableRow& row, const Catalogue& t) {
  std::string key = "costs_method_" + std::string(SharingMethodKey(row.method));
  return t.Format(key, {{"base_year", row.base_year ? std::to_string(*row.base_year) : "?"}});
}

std::string KeyText(const CostTable& table, const CostTableRow& row, const Catalogue& t) {
  std::string out;
  for (const auto& g : table.groups) {
    auto it = row.key.find(g.key);
    if (it == row.key.end()) continue;
    if (!out.empty()) out += ", ";
    std::string percent = KeyPercentText(it->second);
    if (t.lang() == "nb") {
      for (char& c : percent) c = c == '.' ? ',' : c;
    }
    out += g.name + " " + percent + PercentSuffix(t.lang());
  }
  return out.empty() ? "–" : out;
}

// One stacked bar per group, one segment kind per solution. The chart
// orders its bars by period, so each group gets a stand-in period in
// display order; only the labels are shown.
std::string GroupChart(const CostTable& table, const Catalogue& t) {
  ChartInput input;
  input.id = "costs-chart";
  input.format = NumberFormat{t.lang(), "", 1};
  input.axis_title = t.Text("costs_unit");
  input.texts.title = t.Format("costs_chart_title", {{"year", std::to_string(table.year)}});
  input.texts.description = t.Text("costs_chart_desc");
  input.texts.no_data = t.Text("costs_none");
  input.texts.total = t.Text("costs_total");
  for (const auto& row : table.rows) {
    ChartSeries s;
    s.name = row.name;
    for (size_t i = 0; i < table.groups.size(); ++i) {
      ChartPoint p;
      p.period = *Period::Parse(std::to_string(2000 + i));
      p.label = table.groups[i].name;
      p.value = ShareOf(row.shares, table.groups[i].key).ToDouble();
      s.points.push_back(p);
    }
    input.series.push_back(std::move(s));
  }
  return RenderStackedBarChartSvg(input, false);
}

}  // namespace

std::string CostFigureText(Mnok amount, const Catalogue& t) {
  std::string text = amount.RoundedText(1);
  if (t.lang() == "nb") {
    for (char& c : text) c = c == '.' ? ',' : c;
  }
  if (!text.empty() && text[0] == '-') text = "\xE2\x88\x92" + text.substr(1);  // U+2212 minus
  return text;
}

mstch::map CostSharingIndexView(const std::vector<int>& years, const Catalogue& t) {
  return mstch::map{{"has_years", !years.empty()}, {"years", YearLinks(years, 0)}};
}

mstch::map CostSharingYearView(const CostTable& table, const std::vector<int>& years, const Catalogue& t) {
  const std::string year = std::to_string(table.year);
  mstch::array group_headers;
  for (const auto& g : table.groups) group_headers.push_back(mstch::map{{"name", g.name}});
  mstch::array rows;
  mstch::array methods;
  for (const auto& row : table.rows) {
    mstch::array shares;
    for (const auto& g : table.groups) {
      shares.push_back(mstch::map{{"text", CostFigureText(ShareOf(row.shares, g.key), t)}});
    }
    rows.push_back(mstch::map{
        {"name", row.name},
        {"cost", CostFigureText(row.cost, t)},
        {"change", row.change ? CostFigureText(*row.change, t) : std::string("–")},
        {"shares", shares}});
    methods.push_back(mstch::map{{"name", row.name},
                                 {"url", UrlFor(routes::kSolutionYear, row.solution, table.year)},
                                 {"method", MethodText(row, t)},
                                 {"key", KeyText(table, row, t)},
                                 {"source", row.source},
                                 {"notes", row.notes}});
  }
  mstch::array total_shares;
  mstch::array group_rows;
  for (const auto& g : table.groups) {
    Mnok total = ShareOf(table.group_totals, g.key);
    total_shares.push_back(mstch::map{{"text", CostFigureText(total, t)}});
    mstch::array cells;
    for (const auto& row : table.rows) {
      cells.push_back(mstch::map{{"text", CostFigureText(ShareOf(row.shares, g.key), t)}});
    }
    group_rows.push_back(mstch::map{{"name", g.name}, {"cells", cells}, {"total", CostFigureText(total, t)}});
  }
  mstch::array solution_headers;
  for (const auto& row : table.rows) solution_headers.push_back(mstch::map{{"name", row.name}});
  return mstch::map{
      {"year", year},
      {"heading", t.Format("costs_year_heading", {{"year", year}})},
      {"caption", t.Format("costs_table_caption", {{"year", year}})},
      {"cost_header", t.Format("costs_cost", {{"year", year}})},
      {"change_header", t.Format("costs_change", {{"previous", std::to_string(table.year - 1)}})},
      {"group_headers", group_headers},
      {"rows", rows},
      {"total_cost", CostFigureText(table.total_cost, t)},
      {"total_change", table.total_change ? CostFigureText(*table.total_change, t) : std::string("–")},
      {"total_shares", total_shares},
      {"methods_caption", t.Format("costs_methods_caption", {{"year", year}})},
      {"methods", methods},
      {"chart_svg", GroupChart(table, t)},
      {"group_caption", t.Format("costs_group_table_caption", {{"year", year}})},
      {"solution_headers", solution_headers},
      {"group_rows", group_rows},
      {"csv_url", UrlWithQuery(UrlFor(routes::kApiCostSharingYearTableCsv, year), {{"lang", t.lang()}})},
      {"xlsx_url", UrlWithQuery(UrlFor(routes::kApiCostSharingYearTableXlsx, year), {{"lang", t.lang()}})},
      {"years", YearLinks(years, table.year)},
  };
}

}  // namespace fremdrift
