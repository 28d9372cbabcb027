#include "formats/cost_table_csv.h"

namespace fremdrift {
namespace {

std::string Figure(Mnok amount, CsvDialect dialect) {
  std::string text = amount.RoundedText(1);
  if (dialect == CsvDialect::kSemicolon) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

}  // namespace

std::string CostTableCsv(const CostTable& table, const CostTableLabels& labels, CsvDialect dialect) {
  const char sep = dialect == CsvDialect::kSemicolon ? ';' : ',';
  std::string out = "\xEF\xBB\xBF";
  auto line = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += sep;
      out += CsvField(fields[i], sep);
    }
    out += "\r\n";
  };
  std::vector<std::string> header = {labels.solution, labels.cost, labels.change};
  for (const auto& g : table.groups) header.push_back(g.name);
  line(header);
  for (const auto& row : table.rows) {
    std::vector<std::string> fields = {row.name, Figure(row.cost, dialect),
                                       row.change ? Figure(*row.change, dialect) : ""};
    for (const auto& g : table.groups) {
      auto it = row.shares.find(g.key);
      fields.push_back(Figure(it == row.shares.end() ? Mnok() : it->second, dialect));
    }
    line(fields);
  }
  std::vector<std::string> totals = {labels.total, Figure(table.total_cost, dialect),
                                     table.total_change ? Figure(*table.total_change, dialect) : ""};
  for (const auto& g : table.groups) {
    auto it = table.group_totals.find(g.key);
    totals.push_back(Figure(it == table.group_totals.end() ? Mnok() : it->second, dialect));
  }
  line(totals);
  return out;
}

}  // namespace fremdrift
