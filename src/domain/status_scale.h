// The scale a strategy assesses status on, kept as a record: ordered
// levels, each with a key, bokmål and English words, a colour and a shape
// (status is never told by colour alone), and which end of the order is
// good. Traffic lights (green, yellow, red) are the default; the
// five-point scale (Green, Amber/Green, Amber, Amber/Red, Red), the ICT
// resource report's words and the knowledge base's robustness rating are
// the other records (domain/status_scale_catalogue.h). Every strategy also
// has two values outside its scale: "not assessed" and "no data yet".
//
// Whatever the record's order, a StatusScale holds its levels from best to
// worst, which is what roll-ups and trends compare: they work on any scale
// by its order alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

inline constexpr std::string_view kNotAssessed = "not_assessed";
inline constexpr std::string_view kNoDataYet = "no_data";

// The shapes a level's mark may take; each is drawn beside the words.
enum class StatusShape { kCircle, kDiamond, kTriangle, kTriangleDown, kSquare };

std::string_view StatusShapeKey(StatusShape s);  // "circle", "diamond", ...
std::optional<StatusShape> StatusShapeFromKey(std::string_view key);

struct StatusLevel {
  std::string key;      // e.g. "green", "amber_green"
  std::string name_nb;  // e.g. "Grønn"
  std::string name_en;  // e.g. "Green"
  std::string colour;   // CSS colour of the mark; never shown alone
  StatusShape shape = StatusShape::kCircle;
  bool operator==(const StatusLevel&) const = default;
};

// Which end of a record's list of levels is the good one.
enum class GoodEnd { kFirst, kLast };

// A status scale as the source lists it.
struct StatusScaleRecord {
  std::string key;      // e.g. "traffic_light"
  std::string name_nb;  // e.g. "Trafikklys"
  std::string name_en;
  std::string source;   // where its words come from, by citation ("" for Fremdrift's own)
  std::vector<StatusLevel> levels;  // in the record's order
  GoodEnd good_end = GoodEnd::kFirst;
  bool operator==(const StatusScaleRecord&) const = default;
};

// The key of the scale a strategy uses unless it names another.
inline constexpr std::string_view kDefaultStatusScale = "traffic_light";

// What is wrong with a record: a key (domain/scale_key.h), a bokmål name,
// at least one level, each with a key of the same form other than
// not_assessed and no_data, bokmål and English words and a colour
// "#rrggbb", no key twice. Empty when valid.
std::vector<FieldProblem> StatusScaleProblems(const StatusScaleRecord& record);

// The statuses in `used` that `record` would not accept (neither one of
// its levels nor not_assessed, no_data or ""), each once, in the order
// first seen: what a change to a scale, or moving a strategy to another
// scale, would leave off the scale.
std::vector<std::string> StatusesOffScale(const StatusScaleRecord& record,
                                          const std::vector<std::string>& used);

class StatusScale {
 public:
  // A built-in record (domain/status_scale_catalogue.h) by key; nullopt
  // for another key. The stored records (app/status_scales.h) are what a
  // strategy is assessed on; these are what migration 28 stored first.
  static std::optional<StatusScale> Named(std::string_view key);

  // The scale of `record`, its levels put best first by its good end.
  static StatusScale FromRecord(const StatusScaleRecord& record);

  const std::string& key() const { return record_.key; }
  const StatusScaleRecord& record() const { return record_; }
  const std::vector<StatusLevel>& levels() const { return levels_; }  // best first

  // 0 for the best level, size()-1 for the worst; nullopt for keys not on
  // the scale (including not_assessed and no_data).
  std::optional<int> Rank(std::string_view status) const;

  // Whether `status` may be given: a level of the scale, not_assessed or no_data.
  bool Accepts(std::string_view status) const;

  // The level at `rank` (clamped to the scale).
  const StatusLevel& AtRank(int rank) const;

  // The level nearest to a share of the way from best (0.0) to worst (1.0).
  const StatusLevel& AtShare(double share) const;

  // A name for people in "nb" or "en", for levels and the two specials.
  std::string Name(std::string_view status, std::string_view lang) const;

 private:
  StatusScaleRecord record_;
  std::vector<StatusLevel> levels_;
};

}  // namespace fremdrift
