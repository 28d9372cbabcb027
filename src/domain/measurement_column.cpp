#include "domain/measurement_column.h"

namespace fremdrift {
namespace {

struct Names {
  MeasurementColumn column;
  std::string_view english;
  std::string_view norwegian;
};

constexpr Names kColumnNames[] = {
    {MeasurementColumn::kIndicator, "indicator", "indikator"},
    {MeasurementColumn::kPeriod, "period", "periode"},
    {MeasurementColumn::kValue, "value", "verdi"},
    {MeasurementColumn::kStatus, "status", "status"},
    {MeasurementColumn::kNote, "note", "merknad"},
    {MeasurementColumn::kSourceRef, "source_ref", "kilde"},
    {MeasurementColumn::kQualifier, "qualifier", "presisjon"},
};

std::string NormalisedHeader(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

MeasurementColumn MeasurementColumnOf(std::string_view header) {
  std::string name = NormalisedHeader(header);
  for (const auto& n : kColumnNames) {
    if (name == n.english || name == n.norwegian) return n.column;
  }
  return MeasurementColumn::kDimension;
}

std::string MeasurementColumnNorwegian(std::string_view english) {
  for (const auto& n : kColumnNames) {
    if (english == n.english) return std::string(n.norwegian);
  }
  return std::string(english);
}

}  // namespace fremdrift
