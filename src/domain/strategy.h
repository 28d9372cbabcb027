// A named plan for a period with a vision, e.g. Nasjonal e-helsestrategi
// 2023-2030. Its levels are named by data, not code: 2023-2030 uses
// Mål / Delmål / Tema / Leveranse, 2017-2022 Satsingsområde /
// Innsatsområde / Aktivitet.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fremdrift {

struct Strategy {
  int64_t id = 0;
  std::string key;  // unique slug, e.g. "nes-2023-2030"
  std::string name;
  int period_start = 0;
  int period_end = 0;
  std::string vision;
  bool published = false;  // unpublished: visible to signed-in users only
  std::vector<std::string> level_names;  // top level first
  std::string source;
  std::string status_scale = "traffic_light";  // see status_scale.h
  std::string rollup_rule = "worst_of";        // see status_rollup.h
  std::string cadence = "yearly";              // see reporting_period.h
  std::string phase_scale = "veikart";         // the key of its phase scale, see phase_scale.h

  int depth() const { return static_cast<int>(level_names.size()); }

  // The name of level `level` (1-based), or "" when out of range.
  std::string LevelName(int level) const {
    return level >= 1 && level <= depth() ? level_names[level - 1] : "";
  }
};

}  // namespace fremdrift
