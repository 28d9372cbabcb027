#include "domain/status_scale.h"

#include <algorithm>
#include <cmath>

namespace fremdrift {

std::optional<StatusScale> StatusScale::Named(std::string_view key) {
  StatusScale s;
  s.key_ = std::string(key);
  if (key == "traffic_light") {
    s.levels_ = {{"green", "Grønn", "Green", "#1a7f37"},
                 {"yellow", "Gul", "Yellow", "#d4a72c"},
                 {"red", "Rød", "Red", "#c62828"}};
  } else if (key == "five_point") {
    s.levels_ = {{"green", "Grønn", "Green", "#1a7f37"},
                 {"amber_green", "Gul/grønn", "Amber/Green", "#7fa32c"},
                 {"amber", "Gul", "Amber", "#d4a72c"},
                 {"amber_red", "Gul/rød", "Amber/Red", "#e06c1f"},
                 {"red", "Rød", "Red", "#c62828"}};
  } else {
    return std::nullopt;
  }
  return s;
}

std::optional<int> StatusScale::Rank(std::string_view status) const {
  for (size_t i = 0; i < levels_.size(); ++i) {
    if (levels_[i].key == status) return static_cast<int>(i);
  }
  return std::nullopt;
}

bool StatusScale::Accepts(std::string_view status) const {
  return Rank(status).has_value() || status == kNotAssessed || status == kNoDataYet;
}

const StatusLevel& StatusScale::AtRank(int rank) const {
  int last = static_cast<int>(levels_.size()) - 1;
  return levels_[static_cast<size_t>(std::clamp(rank, 0, last))];
}

const StatusLevel& StatusScale::AtShare(double share) const {
  int last = static_cast<int>(levels_.size()) - 1;
  return AtRank(static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * last)));
}

std::string StatusScale::Name(std::string_view status, std::string_view lang) const {
  bool en = lang == "en";
  if (status == kNotAssessed) return en ? "Not assessed" : "Ikke vurdert";
  if (status == kNoDataYet) return en ? "No data yet" : "Ingen data ennå";
  for (const auto& l : levels_) {
    if (l.key == status) return en ? l.name_en : l.name_nb;
  }
  return std::string(status);
}

}  // namespace fremdrift
