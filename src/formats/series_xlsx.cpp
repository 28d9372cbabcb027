#include "formats/series_xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "domain/failure.h"
#include "domain/download_about.h"
#include "formats/xlsx_file.h"

namespace fremdrift {
namespace {

// The number format of the value column: thousands grouped, as many
// decimals as the values need (at most three), and the unit where it is a
// sign rather than a word.
std::string NumberFormat(const SeriesDownload& d) {
  size_t decimals = 0;
  for (const auto& v : d.series.values) {
    std::string t = DecimalText(v.value);
    if (auto dot = t.find('.'); dot != std::string::npos) decimals = std::max(decimals, t.size() - dot - 1);
  }
  std::string f = "#,##0";
  if (decimals > 0) {
    f += '.';
    f.append(std::min<size_t>(decimals, 3), '0');
  }
  if (d.indicator.unit == "percent") f += "\" %\"";
  if (d.indicator.unit == "mnok") f += "\" MNOK\"";
  return f;
}

// Writes the "Data" sheet.
void WriteData(lxw_workbook* wb, const SeriesDownload& d) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Data");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* number = workbook_add_format(wb);
  const std::string number_format = NumberFormat(d);
  format_set_num_format(number, number_format.c_str());

  const auto columns = SeriesColumns(d);
  const bool by = !d.series.by.empty();
  std::vector<size_t> widths(columns.size(), 0);
  auto text = [&](lxw_row_t row, size_t col, const std::string& s, lxw_format* f) {
    std::string cell = CellText(s);
    worksheet_write_string(ws, row, static_cast<lxw_col_t>(col), cell.c_str(), f);
    widths[col] = std::max(widths[col], Utf8Length(cell));
  };
  for (size_t c = 0; c < columns.size(); ++c) text(0, c, columns[c], bold);

  const std::string unit = UnitText(d.indicator);
  lxw_row_t row = 1;
  for (const auto& v : d.series.values) {
    size_t c = 0;
    text(row, c++, d.indicator.code, nullptr);
    text(row, c++, v.period, nullptr);
    if (by) {
      text(row, c++, v.group, nullptr);
      text(row, c++, GroupLabel(d, v), nullptr);
    }
    worksheet_write_number(ws, row, static_cast<lxw_col_t>(c), v.value, number);
    widths[c] = std::max(widths[c], DecimalText(v.value).size() + 6);  // grouping and unit
    ++c;
    text(row, c++, unit, nullptr);
    text(row, c++, SeriesStatusText(v), nullptr);
    text(row, c++, QualifierText(v), nullptr);
    text(row, c++, ValueNote(d, v), nullptr);
    ++row;
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    double width = static_cast<double>(std::clamp<size_t>(widths[c] + 2, 8, 60));
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, static_cast<lxw_col_t>(columns.size() - 1));
}

// Writes the sheet that explains the data (SeriesDownload::about): one
// labelled fact per row, a fact of several values on several rows with its
// label on the first.
void WriteAbout(lxw_workbook* wb, const DownloadAbout& about) {
  if (about.sheet_name.empty()) return;
  lxw_worksheet* ws = workbook_add_worksheet(wb, about.sheet_name.c_str());
  if (ws == nullptr) throw Failure(FailureCode::kInternal, "bad sheet name '" + about.sheet_name + "'");
  lxw_format* label = workbook_add_format(wb);
  format_set_bold(label);
  format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* body = workbook_add_format(wb);
  format_set_text_wrap(body);
  format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
  worksheet_set_column(ws, 0, 0, 24, nullptr);
  worksheet_set_column(ws, 1, 1, 90, nullptr);
  lxw_row_t row = 0;
  for (const auto& fact : about.facts) {
    const std::vector<std::string> values = fact.values.empty() ? std::vector<std::string>{""} : fact.values;
    for (size_t i = 0; i < values.size(); ++i) {
      worksheet_write_string(ws, row, 0, CellText(i == 0 ? fact.label : "").c_str(), label);
      worksheet_write_string(ws, row, 1, CellText(values[i]).c_str(), body);
      ++row;
    }
  }
}

}  // namespace

std::string SeriesXlsx(const SeriesDownload& d) {
  return WriteXlsx(d.indicator.name, d.indicator.code, [&d](lxw_workbook* wb) {
    WriteData(wb, d);
    WriteAbout(wb, d.about);
  });
}

}  // namespace fremdrift
