#include "render/risk_heat_map_svg.h"

#include "render/chart_marks.h"
#include "render/html_escape.h"

namespace fremdrift {
namespace {

constexpr double kCell = 76, kCellHeight = 56, kLeft = 92, kTop = 16;

// Pale tints, so the dark text on them keeps well over 4.5:1 contrast.
const char* CellFill(RiskLevel level) {
  switch (level) {
    case RiskLevel::kHigh: return "#f7c9c4";
    case RiskLevel::kMedium: return "#fbe3a1";
    case RiskLevel::kLow: return "#d3ecd9";
  }
  return "#ffffff";
}

std::string LevelText(RiskLevel level, const Catalogue& t) {
  return t.Text("risk_level_" + std::string(RiskLevelKey(level)));
}

std::string CellLabel(const RiskHeatMap& map, int l, int c, const Catalogue& t) {
  return t.Format("risk_heat_cell", {{"n", std::to_string(map.Count(l, c))},
                                     {"likelihood", std::to_string(l)},
                                     {"consequence", std::to_string(c)},
                                     {"level", LevelText(RiskCellLevel(l, c), t)}});
}

}  // namespace

std::string RenderRiskHeatMapSvg(const RiskHeatMap& map, const std::string& id, const Catalogue& t) {
  const double width = kLeft + 5 * kCell + 8, height = kTop + 5 * kCellHeight + 52;
  std::string out = SvgOpen("risk-heat-map", id, width, height, t.Text("risk_heat_title"),
                            t.Format("risk_heat_desc", {{"open", std::to_string(map.open)}}));
  out += "<rect width=\"" + SvgNum(width) + "\" height=\"" + SvgNum(height) + "\" fill=\"#ffffff\"/>";
  for (int l = 5; l >= 1; --l) {
    const double y = kTop + (5 - l) * kCellHeight;
    out += SvgText(kLeft - 10, y + kCellHeight / 2 + 5, std::to_string(l),
                   std::string("font-size=\"13\" text-anchor=\"end\" fill=\"") + kChartText + "\"");
    for (int c = 1; c <= 5; ++c) {
      const double x = kLeft + (c - 1) * kCell;
      const RiskLevel level = RiskCellLevel(l, c);
      const int n = map.Count(l, c);
      out += "<g class=\"risk-cell risk-cell-" + std::string(RiskLevelKey(level)) + "\"><title>" +
             EscapeHtml(CellLabel(map, l, c, t)) + "</title>";
      out += "<rect x=\"" + SvgNum(x) + "\" y=\"" + SvgNum(y) + "\" width=\"" + SvgNum(kCell) + "\" height=\"" +
             SvgNum(kCellHeight) + "\" fill=\"" + CellFill(level) + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
      out += SvgText(x + kCell / 2, y + 26, std::to_string(n),
                     std::string("class=\"risk-cell-count\" font-size=\"") + (n > 0 ? "18" : "13") +
                         "\" font-weight=\"" + (n > 0 ? "700" : "400") + "\" text-anchor=\"middle\" fill=\"" +
                         kChartText + "\"");
      out += SvgText(x + kCell / 2, y + 44, LevelText(level, t),
                     std::string("font-size=\"11\" text-anchor=\"middle\" fill=\"") + kChartMuted + "\"");
      out += "</g>";
    }
  }
  for (int c = 1; c <= 5; ++c) {
    out += SvgText(kLeft + (c - 0.5) * kCell, kTop + 5 * kCellHeight + 18, std::to_string(c),
                   std::string("font-size=\"13\" text-anchor=\"middle\" fill=\"") + kChartText + "\"");
  }
  out += SvgText(kLeft + 2.5 * kCell, kTop + 5 * kCellHeight + 42, t.Text("risk_field_consequence"),
                 std::string("font-size=\"13\" font-weight=\"600\" text-anchor=\"middle\" fill=\"") + kChartMuted +
                     "\"");
  const double mid = kTop + 2.5 * kCellHeight;
  out += "<text x=\"18\" y=\"" + SvgNum(mid) + "\" transform=\"rotate(-90 18 " + SvgNum(mid) +
         ")\" font-size=\"13\" font-weight=\"600\" text-anchor=\"middle\" fill=\"" + kChartMuted + "\">" +
         EscapeHtml(t.Text("risk_field_likelihood")) + "</text>";
  out += "</svg>";
  return out;
}

mstch::map RiskHeatMapTableView(const RiskHeatMap& map, const Catalogue& t) {
  mstch::array headings, rows;
  for (int c = 1; c <= 5; ++c) headings.push_back(mstch::map{{"n", std::to_string(c)}});
  for (int l = 5; l >= 1; --l) {
    mstch::array cells;
    for (int c = 1; c <= 5; ++c) {
      const RiskLevel level = RiskCellLevel(l, c);
      cells.push_back(mstch::map{{"count", std::to_string(map.Count(l, c))},
                                 {"level", std::string(RiskLevelKey(level))},
                                 {"level_text", LevelText(level, t)},
                                 {"label", CellLabel(map, l, c, t)}});
    }
    rows.push_back(mstch::map{{"likelihood", std::to_string(l)}, {"cells", cells}});
  }
  return mstch::map{{"caption", t.Text("risk_heat_caption")},
                    {"consequence_headings", headings},
                    {"rows", rows},
                    {"open_text", t.Format("risk_heat_desc", {{"open", std::to_string(map.open)}})}};
}

mstch::map RiskHeatSectionView(const RiskHeatMap& map, const std::string& id, const std::string& note,
                               const std::string& register_url, const Catalogue& t) {
  return mstch::map{{"id", id},
                    {"heading", t.Text("risk_heat_heading")},
                    {"has_note", !note.empty()},
                    {"note", note},
                    {"svg", RenderRiskHeatMapSvg(map, id, t)},
                    {"table", RiskHeatMapTableView(map, t)},
                    {"has_closed", map.closed > 0},
                    {"closed_text", t.Format("risk_heat_closed", {{"n", std::to_string(map.closed)}})},
                    {"has_register_url", !register_url.empty()},
                    {"register_url", register_url}};
}

}  // namespace fremdrift
