#include "formats/cost_table_xlsx.h"

#include <algorithm>
#include <vector>

#include "domain/cost_sharing_rules.h"
#include "formats/xlsx_file.h"

namespace fremdrift {
namespace {

std::string SheetName(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) out += c;
  }
  if (out.empty()) out = "Sheet";
  while (Utf8Length(out) > 31) {
    do out.pop_back();
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80);
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  }
  return out;
}

std::string KeyText(const CostTable& table, const CostTableRow& row) {
  std::string out;
  for (const auto& g : table.groups) {
    auto it = row.key.find(g.key);
    if (it == row.key.end()) continue;
    if (!out.empty()) out += ", ";
    out += g.name + " " + KeyPercentText(it->second) + " %";
  }
  return out;
}

void WriteTable(lxw_workbook* wb, const CostTable& table, const CostTableLabels& labels) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, SheetName(labels.sheet).c_str());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* number = workbook_add_format(wb);
  format_set_num_format(number, "#,##0.0");
  lxw_format* bold_number = workbook_add_format(wb);
  format_set_num_format(bold_number, "#,##0.0");
  format_set_bold(bold_number);

  std::vector<std::string> header = {labels.solution, labels.cost, labels.change};
  for (const auto& g : table.groups) header.push_back(g.name);
  std::vector<size_t> widths(header.size(), 10);
  for (size_t c = 0; c < header.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), CellText(header[c]).c_str(), bold);
    widths[c] = std::max(widths[c], Utf8Length(header[c]));
  }
  auto figures = [&](lxw_row_t r, Mnok cost, const std::optional<Mnok>& change,
                     const std::map<std::string, Mnok>& shares, lxw_format* f) {
    worksheet_write_number(ws, r, 1, cost.ToDouble(), f);
    if (change) worksheet_write_number(ws, r, 2, change->ToDouble(), f);
    lxw_col_t c = 3;
    for (const auto& g : table.groups) {
      auto it = shares.find(g.key);
      worksheet_write_number(ws, r, c++, it == shares.end() ? 0.0 : it->second.ToDouble(), f);
    }
  };
  lxw_row_t r = 1;
  for (const auto& row : table.rows) {
    worksheet_write_string(ws, r, 0, CellText(row.name).c_str(), nullptr);
    widths[0] = std::max(widths[0], Utf8Length(row.name));
    figures(r, row.cost, row.change, row.shares, number);
    ++r;
  }
  worksheet_write_string(ws, r, 0, CellText(labels.total).c_str(), bold);
  figures(r, table.total_cost, table.total_change, table.group_totals, bold_number);
  for (size_t c = 0; c < widths.size(); ++c) {
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         static_cast<double>(std::clamp<size_t>(widths[c] + 2, 8, 60)), nullptr);
  }
  worksheet_freeze_panes(ws, 1, 1);
}

void WriteAbout(lxw_workbook* wb, const CostTable& table, const CostTableLabels& labels) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, SheetName(labels.about_sheet).c_str());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  const std::vector<std::string> header = {labels.solution, labels.method, labels.key,
                                           labels.source, labels.notes};
  const double widths[] = {24, 28, 40, 40, 60};
  for (size_t c = 0; c < header.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), CellText(header[c]).c_str(), bold);
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
  }
  lxw_row_t r = 1;
  for (const auto& row : table.rows) {
    std::string method = labels.method_names.count(std::string(SharingMethodKey(row.method)))
                             ? labels.method_names.at(std::string(SharingMethodKey(row.method)))
                             : std::string(SharingMethodKey(row.method));
    if (auto at = method.find("{base_year}"); at != std::string::npos) {
      method.replace(at, 11, row.base_year ? std::to_string(*row.base_year) : "?");
    }
    const std::string cells[] = {row.name, method, KeyText(table, row), row.source, row.notes};
    for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(ws, r, c, CellText(cells[c]).c_str(), wrap);
    ++r;
  }
  ++r;
  worksheet_write_string(ws, r, 0, CellText(labels.rounding).c_str(), nullptr);
}

}  // namespace

std::string CostTableXlsx(const CostTable& table, const CostTableLabels& labels) {
  return WriteXlsx(labels.title, "cost-sharing " + std::to_string(table.year),
                   [&](lxw_workbook* wb) {
                     WriteTable(wb, table, labels);
                     WriteAbout(wb, table, labels);
                   });
}

}  // namespace fremdrift
