#include "render/dependency_graph.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "render/chart_marks.h"
#include "render/html_escape.h"
#include "render/text_width.h"

namespace fremdrift {
namespace {

constexpr double kBoxWidth = 230;
constexpr double kBoxHeight = 40;
constexpr double kColumnGap = 70;
constexpr double kRowGap = 14;
constexpr double kMargin = 12;

}  // namespace

std::string RenderDependencyGraphSvg(const std::string& id, const std::vector<GraphNode>& nodes,
                                     const std::vector<std::pair<std::string, std::string>>& edges,
                                     const GraphTexts& texts) {
  std::map<std::string, const GraphNode*> by_key;
  for (const auto& n : nodes) by_key[n.key] = &n;
  std::map<std::string, std::vector<std::string>> depends_on;
  std::vector<std::pair<std::string, std::string>> drawn;
  std::set<std::string> involved;
  for (const auto& [from, to] : edges) {
    if (!by_key.count(from) || !by_key.count(to) || from == to) continue;
    depends_on[from].push_back(to);
    drawn.emplace_back(from, to);
    involved.insert(from);
    involved.insert(to);
  }
  if (drawn.empty()) return "";
  // Depth: 0 for items that depend on nothing, else one more than the
  // deepest item they depend on.
  std::map<std::string, int> depth;
  std::function<int(const std::string&, int)> depth_of = [&](const std::string& k, int guard) {
    if (auto it = depth.find(k); it != depth.end()) return it->second;
    int d = 0;
    if (guard < 64) {
      for (const auto& dep : depends_on[k]) d = std::max(d, depth_of(dep, guard + 1) + 1);
    }
    return depth[k] = d;
  };
  std::map<int, std::vector<std::string>> columns;
  for (const auto& n : nodes) {
    if (involved.count(n.key)) columns[depth_of(n.key, 0)].push_back(n.key);
  }
  size_t rows = 0;
  for (const auto& [c, keys] : columns) rows = std::max(rows, keys.size());
  double width = kMargin * 2 + static_cast<double>(columns.size()) * kBoxWidth +
                 static_cast<double>(columns.size() - 1) * kColumnGap;
  double height = kMargin * 2 + static_cast<double>(rows) * (kBoxHeight + kRowGap) - kRowGap;
  std::map<std::string, std::pair<double, double>> at;  // top-left corner
  for (const auto& [c, keys] : columns) {
    for (size_t r = 0; r < keys.size(); ++r) {
      at[keys[r]] = {kMargin + c * (kBoxWidth + kColumnGap), kMargin + static_cast<double>(r) * (kBoxHeight + kRowGap)};
    }
  }
  std::string out = SvgOpen("dependency-graph", id, width, height, texts.title, texts.description);
  out += "<defs><marker id=\"" + id + "-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" "
         "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"" +
         std::string(kChartText) + "\"/></marker></defs>";
  out += "<rect width=\"" + SvgNum(width) + "\" height=\"" + SvgNum(height) + "\" fill=\"#ffffff\"/>";
  for (const auto& [from, to] : drawn) {
    // Dependents are to the right: the arrow leaves a box's left edge and
    // ends on the right edge of the item it depends on.
    auto [fx, fy] = at[from];
    auto [tx, ty] = at[to];
    double x1 = fx, y1 = fy + kBoxHeight / 2, x2 = tx + kBoxWidth, y2 = ty + kBoxHeight / 2;
    double mid = (x1 + x2) / 2;
    out += "<path class=\"dg-edge\" d=\"M" + SvgNum(x1) + " " + SvgNum(y1) + " C" + SvgNum(mid) + " " + SvgNum(y1) +
           " " + SvgNum(mid) + " " + SvgNum(y2) + " " + SvgNum(x2) + " " + SvgNum(y2) +
           "\" fill=\"none\" stroke=\"" + kChartText + "\" stroke-width=\"1.5\" marker-end=\"url(#" + id +
           "-arrow)\"><title>" + EscapeHtml(by_key[from]->label + " → " + by_key[to]->label) + "</title></path>";
  }
  for (const auto& [key, pos] : at) {
    const GraphNode& n = *by_key[key];
    out += "<g><rect class=\"dg-node\" x=\"" + SvgNum(pos.first) + "\" y=\"" + SvgNum(pos.second) + "\" width=\"" +
           SvgNum(kBoxWidth) + "\" height=\"" + SvgNum(kBoxHeight) + "\" rx=\"4\" fill=\"" + kChartBand +
           "\" stroke=\"" + kChartMuted + "\"><title>" + EscapeHtml(n.label) + "</title></rect>";
    out += SvgText(pos.first + 10, pos.second + kBoxHeight / 2 + 4.5, TruncateText(n.label, 32),
                   std::string("font-size=\"13\" fill=\"") + kChartText + "\"");
    out += "</g>";
  }
  return out + "</svg>";
}

}  // namespace fremdrift
