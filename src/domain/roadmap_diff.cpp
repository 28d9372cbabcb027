#include "domain/roadmap_diff.h"

#include "domain/period.h"

namespace fremdrift {
namespace {

const RoadmapService* FindService(const RoadmapVersion& v, const std::string& key) {
  for (const auto& s : v.services) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

const RoadmapAction* FindAction(const RoadmapService& s, const std::string& key) {
  for (const auto& a : s.actions) {
    if (a.key == key) return &a;
  }
  return nullptr;
}

std::optional<ActionChange> CompareAction(const RoadmapAction& before, const RoadmapAction& after) {
  ActionChange c{ActionChangeKind::kChanged, after.key, before, after};
  c.text_changed = before.actor_group != after.actor_group || before.actor != after.actor ||
                   before.organisation != after.organisation || before.what != after.what;
  auto end = ShiftBetween(before.end, after.end);
  auto start = ShiftBetween(before.start, after.start);
  if (end && end->amount != 0) {
    c.shift = end;
    c.shifted = "end";
  } else if (start && start->amount != 0) {
    c.shift = start;
    c.shifted = "start";
  }
  if (c.shift) {
    c.kind = c.shift->amount > 0 ? ActionChangeKind::kMovedLater : ActionChangeKind::kMovedEarlier;
    return c;
  }
  bool times_differ = before.start != after.start || before.end != after.end;
  if (c.text_changed || times_differ) return c;
  return std::nullopt;
}

}  // namespace

std::string_view ActionChangeKindKey(ActionChangeKind k) {
  switch (k) {
    case ActionChangeKind::kAdded: return "added";
    case ActionChangeKind::kRemoved: return "removed";
    case ActionChangeKind::kMovedLater: return "moved_later";
    case ActionChangeKind::kMovedEarlier: return "moved_earlier";
    case ActionChangeKind::kChanged: return "changed";
  }
  return "changed";
}

std::string_view ServiceStateKey(ServiceDiff::State s) {
  switch (s) {
    case ServiceDiff::State::kKept: return "kept";
    case ServiceDiff::State::kAdded: return "added";
    case ServiceDiff::State::kRemoved: return "removed";
  }
  return "kept";
}

std::optional<TimeShift> ShiftBetween(const RoadmapTime& before, const RoadmapTime& after) {
  if (!before.is_set() || !after.is_set()) return std::nullopt;
  if (before.has_date() && after.has_date()) {
    return TimeShift{static_cast<int>(DaysFromCivil(after.date()) - DaysFromCivil(before.date())), "days"};
  }
  return TimeShift{after.year() - before.year(), "years"};
}

RoadmapDiff CompareRoadmapVersions(const RoadmapVersion& from, const RoadmapVersion& to) {
  RoadmapDiff diff{from.code, to.code, {}};
  for (const auto& s : to.services) {
    ServiceDiff sd{s.key, s.title};
    const RoadmapService* old = FindService(from, s.key);
    if (!old) {
      sd.state = ServiceDiff::State::kAdded;
      sd.target_after = s.target;
      for (const auto& a : s.actions) sd.changes.push_back({ActionChangeKind::kAdded, a.key, std::nullopt, a});
      diff.services.push_back(std::move(sd));
      continue;
    }
    sd.target_before = old->target;
    sd.target_after = s.target;
    sd.target_changed = old->target != s.target;
    for (const auto& a : s.actions) {
      if (const RoadmapAction* b = FindAction(*old, a.key)) {
        if (auto c = CompareAction(*b, a)) sd.changes.push_back(*c);
      } else {
        sd.changes.push_back({ActionChangeKind::kAdded, a.key, std::nullopt, a});
      }
    }
    for (const auto& b : old->actions) {
      if (!FindAction(s, b.key)) sd.changes.push_back({ActionChangeKind::kRemoved, b.key, b, std::nullopt});
    }
    diff.services.push_back(std::move(sd));
  }
  for (const auto& s : from.services) {
    if (FindService(to, s.key)) continue;
    ServiceDiff sd{s.key, s.title, ServiceDiff::State::kRemoved};
    sd.target_before = s.target;
    for (const auto& b : s.actions) sd.changes.push_back({ActionChangeKind::kRemoved, b.key, b, std::nullopt});
    diff.services.push_back(std::move(sd));
  }
  return diff;
}

}  // namespace fremdrift
