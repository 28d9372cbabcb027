#include "render/monitor_value_text.h"

namespace fremdrift {
namespace {

// The unit label without a remark such as "(enhet ikke oppgitt i kilden)".
std::string ShortLabel(const std::string& label) {
  size_t paren = label.find(" (");
  return paren == std::string::npos ? label : label.substr(0, paren);
}

std::string Capitalised(std::string text) {
  if (text.empty()) return text;
  auto c = static_cast<unsigned char>(text[0]);
  if (c >= 'a' && c <= 'z') {
    text[0] = static_cast<char>(c - 'a' + 'A');
  } else if (text.compare(0, 2, "\xC3\xA6") == 0) {
    text.replace(0, 2, "\xC3\x86");  // æ -> Æ
  } else if (text.compare(0, 2, "\xC3\xB8") == 0) {
    text.replace(0, 2, "\xC3\x98");  // ø -> Ø
  } else if (text.compare(0, 2, "\xC3\xA5") == 0) {
    text.replace(0, 2, "\xC3\x85");  // å -> Å
  }
  return text;
}

}  // namespace

NumberFormat ValueFormat(const Indicator& ind, const Catalogue& t) {
  NumberFormat f;
  f.lang = t.lang();
  if (ind.unit == "percent") {
    f.suffix = PercentSuffix(t.lang());
    f.max_decimals = 1;
  } else {
    f.max_decimals = 2;
  }
  return f;
}

std::string UnitSuffix(const Indicator& ind, const Catalogue& t) {
  std::string unit;
  if (ind.unit == "mnok") {
    unit = t.Text("unit_mnok_short");
  } else if (ind.unit == "days") {
    unit = t.Text("unit_days_short");
  } else if (ind.unit.rfind("count", 0) == 0) {
    unit = ShortLabel(ind.unit_label);
  }
  return unit.empty() ? unit : std::string(1, ' ').append(unit);
}

std::string ValueText(double value, const Indicator& ind, const Catalogue& t) {
  return FormatNumber(value, ValueFormat(ind, t)) + UnitSuffix(ind, t);
}

std::string UnitName(const Indicator& ind, const Catalogue& t) {
  if (ind.unit == "percent") return t.Text("unit_percent");
  if (ind.unit == "mnok") return t.Text("unit_mnok");
  if (ind.unit == "days") return t.Text("unit_days");
  if (!ind.unit_label.empty()) return Capitalised(ind.unit_label);
  if (ind.unit == "count") return t.Text("unit_count");
  if (ind.unit == "count_per_week") return t.Text("unit_count_per_week");
  if (ind.unit == "count_per_month") return t.Text("unit_count_per_month");
  if (ind.unit == "count_per_year") return t.Text("unit_count_per_year");
  if (ind.unit == "ratio") return t.Text("unit_ratio");
  return t.Text("unit_other");
}

}  // namespace fremdrift
