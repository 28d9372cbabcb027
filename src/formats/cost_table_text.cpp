#include "formats/cost_table_text.h"

#include <algorithm>
#include <vector>

#include "formats/xlsx_file.h"

namespace fremdrift {

std::string CostTableText(const CostTable& table, const CostTableLabels& labels) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header = {labels.solution, labels.cost, labels.change};
  for (const auto& g : table.groups) header.push_back(g.name);
  rows.push_back(header);
  auto figures = [&](const std::string& name, Mnok cost, const std::optional<Mnok>& change,
                     const std::map<std::string, Mnok>& shares) {
    std::vector<std::string> r = {name, cost.RoundedText(1), change ? change->RoundedText(1) : "–"};
    for (const auto& g : table.groups) {
      auto it = shares.find(g.key);
      r.push_back((it == shares.end() ? Mnok() : it->second).RoundedText(1));
    }
    rows.push_back(r);
  };
  for (const auto& row : table.rows) figures(row.name, row.cost, row.change, row.shares);
  figures(labels.total, table.total_cost, table.total_change, table.group_totals);

  std::vector<size_t> widths(header.size(), 0);
  for (const auto& r : rows) {
    for (size_t c = 0; c < r.size(); ++c) widths[c] = std::max(widths[c], Utf8Length(r[c]));
  }
  std::string out = labels.title + "\n\n";
  for (const auto& r : rows) {
    std::string line;
    for (size_t c = 0; c < r.size(); ++c) {
      std::string pad(widths[c] - Utf8Length(r[c]), ' ');
      if (c > 0) line += "  ";
      line += c == 0 ? r[c] + pad : pad + r[c];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += "\n" + labels.rounding + "\n";
  return out;
}

}  // namespace fremdrift
