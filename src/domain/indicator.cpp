#include "domain/indicator.h"

#include <algorithm>
#include <array>

namespace fremdrift {
namespace {

constexpr std::array<std::string_view, 9> kUnits = {
    "percent", "count", "count_per_week", "count_per_month", "count_per_year",
    "mnok",    "days",  "ratio",          "other"};

void EscapeInto(std::string& out, const std::string& s) {
  for (char c : s) {
    if (c == '\\' || c == '=' || c == ';') out += '\\';
    out += c;
  }
}

}  // namespace

std::string_view DirectionKey(Direction d) {
  switch (d) {
    case Direction::kHigherIsBetter: return "higher_is_better";
    case Direction::kLowerIsBetter: return "lower_is_better";
    case Direction::kNone: return "none";
  }
  return "none";
}

std::optional<Direction> DirectionFromKey(std::string_view key) {
  for (Direction d : {Direction::kHigherIsBetter, Direction::kLowerIsBetter, Direction::kNone}) {
    if (DirectionKey(d) == key) return d;
  }
  return std::nullopt;
}

std::string_view IndicatorKindKey(IndicatorKind k) {
  switch (k) {
    case IndicatorKind::kSimple: return "simple";
    case IndicatorKind::kRatio: return "ratio";
    case IndicatorKind::kComposite: return "composite";
    case IndicatorKind::kDistribution: return "distribution";
  }
  return "simple";
}

std::optional<IndicatorKind> IndicatorKindFromKey(std::string_view key) {
  for (IndicatorKind k : {IndicatorKind::kSimple, IndicatorKind::kRatio,
                          IndicatorKind::kComposite, IndicatorKind::kDistribution}) {
    if (IndicatorKindKey(k) == key) return k;
  }
  return std::nullopt;
}

bool IsKnownUnit(std::string_view unit) {
  return std::find(kUnits.begin(), kUnits.end(), unit) != kUnits.end();
}

bool IsAdditiveUnit(std::string_view unit) { return unit == "count" || unit == "mnok"; }

std::string DimensionKey(const DimensionValues& dims) {
  std::string key;
  for (const auto& [name, value] : dims) {
    if (!key.empty()) key += ';';
    EscapeInto(key, name);
    key += '=';
    EscapeInto(key, value);
  }
  return key;
}

bool IsValidIndicatorCode(std::string_view code) {
  if (code.empty() || code.size() > 64) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
  });
}

bool IsValidDataUpdatedAt(std::string_view text) {
  auto digits = [&](size_t from, size_t n) {
    return text.size() >= from + n &&
           std::all_of(text.begin() + from, text.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(0, 4)) return false;
  if (text.size() == 4) return true;
  if (text[4] != '-' || !digits(5, 2)) return false;
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  if (month < 1 || month > 12) return false;
  if (text.size() == 7) return true;
  if (text.size() < 10 || text[7] != '-' || !Date::Parse(text.substr(0, 10))) return false;
  if (text.size() == 10) return true;
  // 2024-03-14T08:30:00Z
  return text.size() == 20 && text[10] == 'T' && digits(11, 2) && text[13] == ':' && digits(14, 2) &&
         text[16] == ':' && digits(17, 2) && text[19] == 'Z';
}

}  // namespace fremdrift
