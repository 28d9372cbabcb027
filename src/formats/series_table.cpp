#include "formats/series_table.h"

#include <charconv>
#include <cmath>

#include "domain/dimension_labels.h"

namespace fremdrift {

std::vector<std::string> SeriesColumns(const SeriesDownload& d) {
  std::vector<std::string> cols = {"indicator", "period"};
  if (!d.series.by.empty()) {
    cols.push_back(d.series.by);
    cols.emplace_back("label");
  }
  for (const char* c : {"value", "unit", "status", "qualifier", "note"}) cols.emplace_back(c);
  return cols;
}

std::string GroupLabel(const SeriesDownload& d, const SeriesValue& v) {
  return DimensionValueWords(d.indicator.dimension_labels, d.series.by, v.group, d.lang);
}

std::string UnitText(const Indicator& indicator) {
  return indicator.unit_label.empty() ? indicator.unit : indicator.unit_label;
}

std::string SeriesStatusText(const SeriesValue& v) { return v.provisional ? "provisional" : "final"; }

std::string QualifierText(const SeriesValue& v) { return std::string(QualifierKey(v.qualifier)); }

std::string ValueNote(const SeriesDownload& d, const SeriesValue& v) {
  std::string note;
  if (auto it = d.notes.find({v.period, v.group}); it != d.notes.end()) note = it->second;
  if (v.combined) {
    note += (note.empty() ? "" : "; ") + std::string("mean of ") + std::to_string(v.n) + " values";
  }
  return note;
}

std::string DecimalText(double value, char decimal_separator) {
  if (!std::isfinite(value)) return "";
  if (value == 0) value = 0;  // no "-0"
  char buf[400];              // fixed notation of any double fits
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  if (ec != std::errc()) return "";
  std::string out(buf, end);
  if (decimal_separator != '.') {
    for (auto& c : out) {
      if (c == '.') c = decimal_separator;
    }
  }
  return out;
}

}  // namespace fremdrift
