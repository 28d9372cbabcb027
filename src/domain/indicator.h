// An indicator: a measured quantity with a unit, a better direction and
// targets ("målindikator", "nøkkeltall", KPI). Measurements are kept apart
// (measurement.h); this is the definition.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/dimension_labels.h"

namespace fremdrift {

enum class Direction { kHigherIsBetter, kLowerIsBetter, kNone };
enum class IndicatorKind { kSimple, kRatio, kComposite, kDistribution };

std::string_view DirectionKey(Direction d);
std::optional<Direction> DirectionFromKey(std::string_view key);
std::string_view IndicatorKindKey(IndicatorKind k);
std::optional<IndicatorKind> IndicatorKindFromKey(std::string_view key);

// Units in which values are stored. "percent" values are 0-100.
bool IsKnownUnit(std::string_view unit);

// Whether values in `unit` may be added up (counts and money) — across
// periods and across dimension values. Shares and rates may not: those are
// never summed, and a percentage of a whole is computed from its parts.
bool IsAdditiveUnit(std::string_view unit);

// Dimension values of a measurement or target, e.g. {"tjeneste": "fastlege"}.
using DimensionValues = std::map<std::string, std::string>;

// A canonical text key of dimension values ("a=1;b=2", "" for none), used
// for uniqueness in storage. Names and values are escaped so the key is
// unambiguous.
std::string DimensionKey(const DimensionValues& dims);

struct Baseline {
  double value = 0;
  std::string period;  // e.g. "2022"
  std::string note;
};

struct Target {
  double value = 0;
  Date by;
  std::string label;          // e.g. "60 % innen utgangen av 2022"
  DimensionValues dimensions;  // empty: the indicator as a whole
};

// A plan item an indicator measures, by keys.
struct ServedItem {
  std::string strategy;  // strategy key
  std::string item;      // plan item key
  bool operator==(const ServedItem&) const = default;
};

struct Indicator {
  int64_t id = 0;
  std::string code;  // unique, used in URLs and CSV files
  std::string name;
  std::string description;
  std::string unit = "count";
  std::string unit_label;
  Direction direction = Direction::kHigherIsBetter;
  std::string source;
  std::string period_type = "year";
  bool published = false;
  std::vector<ServedItem> serves;
  IndicatorKind kind = IndicatorKind::kSimple;
  std::string numerator;    // kRatio: indicator code
  std::string denominator;  // kRatio: indicator code
  double factor = 1;        // kRatio: e.g. 100 for percent
  std::string parent;       // a part of a composite: the parent's code
  int part_number = 0;
  std::string distribution_dimension;  // kDistribution
  std::optional<Baseline> baseline;
  std::vector<Target> targets;
  std::string data_note;
  bool figures_pending = false;  // named in its source, but no figures given yet
  std::string source_ref;
  // The organisation (short name) that reports on the indicator in a
  // reporting round: it makes the indicator an expected report of that
  // organisation (docs/reporting.md). "" for none.
  std::string responsible_organisation;
  // The labels of its breakdowns' names and values, and their order
  // (domain/dimension_labels.h); empty when none are given.
  std::vector<DimensionLabels> dimension_labels;
  // When its figures last changed: a UTC time ("2024-03-14T08:30:00Z") set
  // by every write of its measurements, or as a bundle gives it, per the
  // source ("2023", "2022-05", "2022-05-19"); "" when not known.
  std::string data_updated_at;
  int64_t version = 1;          // bumped by every change, measurements included
};

// Whether `code` is a valid indicator code: 1-64 of [A-Za-z0-9._-].
bool IsValidIndicatorCode(std::string_view code);

// Whether `text` is a valid `data_updated_at`: a year ("2023"), a month
// ("2022-05"), a date ("2022-05-19") or a UTC time ("2024-03-14T08:30:00Z").
bool IsValidDataUpdatedAt(std::string_view text);

}  // namespace fremdrift
