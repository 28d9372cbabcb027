#include "formats/series_xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "domain/failure.h"
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

// A value with its unit in Norwegian prose: "60 %", "12,5 MNOK", "283 søknader".
std::string ValueText(double value, const Indicator& ind) {
  std::string t = DecimalText(value, ',');
  if (ind.unit == "percent") return t + " %";
  if (ind.unit == "mnok") return t + " MNOK";
  if (!ind.unit_label.empty()) return t + " " + ind.unit_label;
  if (ind.unit == "days") return t + " dager";
  return t;
}

// A target's group in words from the indicator's label catalogue, in the
// download's language: "Tjeneste: Sykehjem".
std::string DimensionsText(const SeriesDownload& d, const DimensionValues& dims) {
  const auto& labels = d.indicator.dimension_labels;
  std::string out;
  for (const auto& [k, v] : dims) {
    if (!out.empty()) out += ", ";
    out += DimensionNameWords(labels, k, d.lang) + ": " + DimensionValueWords(labels, k, v, d.lang);
  }
  return out;
}

std::string DirectionText(Direction d) {
  switch (d) {
    case Direction::kHigherIsBetter: return "Høyere er bedre";
    case Direction::kLowerIsBetter: return "Lavere er bedre";
    case Direction::kNone: return "Ingen (vurderes ikke mot mål)";
  }
  return "";
}

std::string StatusWord(AchievementStatus s) {
  switch (s) {
    case AchievementStatus::kOnTrack: return "I rute";
    case AchievementStatus::kAtRisk: return "I fare";
    case AchievementStatus::kOffTrack: return "Ikke i rute";
    case AchievementStatus::kNoData: return "Ingen data";
  }
  return "";
}

std::string TargetText(const Target& t, const SeriesDownload& d) {
  const Indicator& ind = d.indicator;
  std::string out = ValueText(t.value, ind) + " innen " + t.by.ToIso();
  if (!t.dimensions.empty()) out += " (" + DimensionsText(d, t.dimensions) + ")";
  if (!t.label.empty()) out += ": " + t.label;
  return out;
}

std::string SelectionText(const SeriesQuery& q) {
  std::string out;
  auto add = [&out](const std::string& k, const std::string& v) {
    if (!out.empty()) out += ", ";
    out += k + " " + v;
  };
  if (q.from) add("fra", q.from->ToString());
  if (q.to) add("til", q.to->ToString());
  if (!q.by.empty()) add("fordelt på", q.by);
  if (q.period_type) add("periodetype", std::string(PeriodTypeKey(*q.period_type)));
  return out.empty() ? "Alle verdier, nasjonalt tall" : out;
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
    text(row, c++, StatusText(v), nullptr);
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

// Writes the "Om indikatoren" sheet: one labelled fact per row.
void WriteAbout(lxw_workbook* wb, const SeriesDownload& d) {
  const Indicator& ind = d.indicator;
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Om indikatoren");
  lxw_format* label = workbook_add_format(wb);
  format_set_bold(label);
  format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* body = workbook_add_format(wb);
  format_set_text_wrap(body);
  format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
  worksheet_set_column(ws, 0, 0, 24, nullptr);
  worksheet_set_column(ws, 1, 1, 90, nullptr);

  lxw_row_t row = 0;
  auto fact = [&](const std::string& name, const std::string& value) {
    worksheet_write_string(ws, row, 0, CellText(name).c_str(), label);
    worksheet_write_string(ws, row, 1, CellText(value).c_str(), body);
    ++row;
  };
  // Several values under one label: the label on the first row only.
  auto facts = [&](const std::string& name, const std::vector<std::string>& values,
                   const std::string& none) {
    if (values.empty()) {
      fact(name, none);
      return;
    }
    for (size_t i = 0; i < values.size(); ++i) fact(i == 0 ? name : "", values[i]);
  };

  fact("Indikator", ind.name);
  fact("Kode", ind.code);
  fact("Beskrivelse", ind.description);
  fact("Enhet", ind.unit_label.empty() ? ind.unit : ind.unit_label + " (" + ind.unit + ")");
  fact("Bedre retning", DirectionText(ind.direction));
  fact("Kilde", ind.source);
  if (!ind.source_ref.empty()) fact("Kildedokument", ind.source_ref);
  std::string baseline = "Ingen";
  if (ind.baseline) {
    baseline = ValueText(ind.baseline->value, ind) + " (" + ind.baseline->period + ")";
    if (!ind.baseline->note.empty()) baseline += ": " + ind.baseline->note;
  }
  fact("Nullpunktsmåling", baseline);
  std::vector<std::string> targets;
  for (const auto& t : ind.targets) targets.push_back(TargetText(t, d));
  facts("Mål", targets, "Ingen");
  fact("Merknad om data", ind.data_note);
  std::vector<std::string> achievements;
  for (const auto& a : d.series.achievements) {
    std::string s = StatusWord(a.status);
    if (!a.target.dimensions.empty()) s += " (" + DimensionsText(d, a.target.dimensions) + ")";
    achievements.push_back(s + ". " + a.Explanation());
  }
  facts("Måloppnåelse", achievements,
        ind.direction == Direction::kNone ? "Vurderes ikke (ingen bedre retning)" : "Ingen mål");
  fact("Data sist endret",
       d.indicator.data_updated_at.empty()
           ? "Ikke kjent"
           : d.indicator.data_updated_at + (d.indicator.data_updated_at.size() > 10 ? " (UTC)" : ""));
  fact("Utvalg", SelectionText(d.query));
}

}  // namespace

std::string SeriesXlsx(const SeriesDownload& d) {
  return WriteXlsx(d.indicator.name, d.indicator.code, [&d](lxw_workbook* wb) {
    WriteData(wb, d);
    WriteAbout(wb, d);
  });
}

}  // namespace fremdrift
