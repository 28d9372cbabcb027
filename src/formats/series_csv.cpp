#include "formats/series_csv.h"

#include "formats/spreadsheet_text.h"

namespace fremdrift {
namespace {

void AppendRow(std::string& out, const std::vector<std::string>& fields, char sep) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += sep;
    out += CsvField(fields[i], sep);
  }
  out += "\r\n";
}

}  // namespace

std::string CsvField(std::string_view raw, char separator) {
  const std::string safe = NeutralisedCellText(raw);
  const std::string_view text = safe;
  if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string SeriesCsv(const SeriesDownload& d, CsvDialect dialect) {
  const char sep = dialect == CsvDialect::kSemicolon ? ';' : ',';
  const char decimal = dialect == CsvDialect::kSemicolon ? ',' : '.';
  const bool by = !d.series.by.empty();
  const std::string unit = UnitText(d.indicator);
  std::string out = "\xEF\xBB\xBF";
  AppendRow(out, SeriesColumns(d), sep);
  std::vector<std::string> row;
  for (const auto& v : d.series.values) {
    row = {d.indicator.code, v.period};
    if (by) {
      row.push_back(v.group);
      row.push_back(GroupLabel(d, v));
    }
    row.push_back(DecimalText(v.value, decimal));
    row.push_back(unit);
    row.push_back(SeriesStatusText(v));
    row.push_back(QualifierText(v));
    row.push_back(ValueNote(d, v));
    AppendRow(out, row, sep);
  }
  return out;
}

}  // namespace fremdrift
