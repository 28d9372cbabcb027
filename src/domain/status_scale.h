// The scale a strategy assesses status on: traffic lights by default
// (green, yellow, red) or a five-point scale (Green, Amber/Green, Amber,
// Amber/Red, Red), plus two values outside the scale that every strategy
// has: "not assessed" and "no data yet". Statuses are ordered from best to
// worst, which is what roll-ups and trends compare.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fremdrift {

inline constexpr std::string_view kNotAssessed = "not_assessed";
inline constexpr std::string_view kNoDataYet = "no_data";

struct StatusLevel {
  std::string key;     // e.g. "green", "amber_green"
  std::string name_nb;  // e.g. "Grønn"
  std::string name_en;  // e.g. "Green"
  std::string colour;   // CSS colour of the mark; never shown alone
};

class StatusScale {
 public:
  // "traffic_light" (default) or "five_point"; nullopt for another key.
  static std::optional<StatusScale> Named(std::string_view key);

  const std::string& key() const { return key_; }
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
  std::string key_;
  std::vector<StatusLevel> levels_;
};

}  // namespace fremdrift
