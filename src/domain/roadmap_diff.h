// What changed between two versions of the roadmap, service by service:
// the actions added, removed, moved later or earlier (and by how much), or
// changed in who or what. This is how a committee sees what slipped.
//
// The rule: services are matched by key, and actions by key within their
// service. A kept action moved when its end moved (or, when the ends are
// equal or not both given, its start): later or earlier by the difference,
// in days when both times are dates, else in years. A kept action whose
// times cannot be compared that way (a time given in one version only) or
// whose who/what differ is "changed". An unchanged action is not listed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/roadmap_version.h"

namespace fremdrift {

enum class ActionChangeKind { kAdded, kRemoved, kMovedLater, kMovedEarlier, kChanged };
std::string_view ActionChangeKindKey(ActionChangeKind k);  // added, removed, moved_later, moved_earlier, changed

// How far a time moved: positive is later.
struct TimeShift {
  int amount = 0;
  std::string unit;  // "years" or "days"
  bool operator==(const TimeShift&) const = default;
};

// The shift from `before` to `after`: days when both are dates, else years;
// nullopt when either is not given.
std::optional<TimeShift> ShiftBetween(const RoadmapTime& before, const RoadmapTime& after);

struct ActionChange {
  ActionChangeKind kind;
  std::string key;
  std::optional<RoadmapAction> before;  // absent when added
  std::optional<RoadmapAction> after;   // absent when removed
  std::optional<TimeShift> shift;       // for moves: of the end, or of the start
  std::string shifted;                  // "end" or "start" for moves
  bool text_changed = false;            // who or what differ (also for moves)
};

struct ServiceDiff {
  std::string key;
  std::string title;  // the newer title (the older for a removed service)
  enum class State { kKept, kAdded, kRemoved } state = State::kKept;
  bool target_changed = false;
  std::string target_before;
  std::string target_after;
  std::vector<ActionChange> changes;
};
std::string_view ServiceStateKey(ServiceDiff::State s);  // kept, added, removed

struct RoadmapDiff {
  std::string from;
  std::string to;
  std::vector<ServiceDiff> services;  // `to`'s order, then removed services
};

RoadmapDiff CompareRoadmapVersions(const RoadmapVersion& from, const RoadmapVersion& to);

}  // namespace fremdrift
