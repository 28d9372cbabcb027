#include "formats/sdmx_csv.h"

#include <set>

#include "domain/period.h"
#include "formats/series_csv.h"

namespace fremdrift {

std::string SdmxTimePeriod(std::string_view text) {
  auto p = Period::Parse(text);
  if (!p) return std::string(text);
  std::string s = p->ToString();
  if (p->type() == PeriodType::kMonth) return s.substr(0, 5) + "M" + s.substr(5);
  return s;
}

std::string SdmxId(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
      out += static_cast<char>(c);
    } else if (c == 0xC3 && i + 1 < name.size()) {
      unsigned char n = static_cast<unsigned char>(name[i + 1]);
      ++i;
      if (n == 0xA6 || n == 0x86) out += "AE";       // æ Æ
      else if (n == 0xB8 || n == 0x98) out += "OE";  // ø Ø
      else if (n == 0xA5 || n == 0x85) out += "AA";  // å Å
      else out += '_';
    } else if (c >= 0x80) {
      // Skip the continuation bytes of any other UTF-8 character.
      while (i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) ++i;
      out += '_';
    } else {
      out += '_';
    }
  }
  return out.empty() ? "_" : out;
}

namespace {

// The header of the `by` column: its SdmxId, prefixed with "DIM_" where
// that would clash with a fixed column.
std::string ByColumn(const std::string& by) {
  static const std::set<std::string> kFixed = {
      "STRUCTURE", "STRUCTURE_ID", "ACTION",     "INDICATOR", "TIME_PERIOD",
      "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "OBS_QUALIFIER", "COMMENT"};
  std::string id = SdmxId(by);
  return kFixed.count(id) ? "DIM_" + id : id;
}

}  // namespace

std::string SdmxCsv(const SeriesDownload& d) {
  const bool by = !d.series.by.empty();
  std::string out = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,";
  if (by) out += ByColumn(d.series.by) + ",";
  out += "OBS_VALUE,UNIT_MEASURE,OBS_STATUS,OBS_QUALIFIER,COMMENT\r\n";
  const std::string prefix = "dataflow," + std::string(kSdmxStructureId) + ",I," +
                             CsvField(d.indicator.code, ',') + ",";
  const std::string unit = SdmxId(d.indicator.unit);
  for (const auto& v : d.series.values) {
    out += prefix;
    out += CsvField(SdmxTimePeriod(v.period), ',') + ",";
    if (by) out += CsvField(v.group, ',') + ",";
    out += DecimalText(v.value) + "," + unit + "," + (v.provisional ? "P" : "A") + ",";
    out += SdmxId(QualifierKey(v.qualifier)) + ",";
    out += CsvField(ValueNote(d, v), ',');
    out += "\r\n";
  }
  return out;
}

}  // namespace fremdrift
