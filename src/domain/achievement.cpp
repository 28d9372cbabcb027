#include "domain/achievement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fremdrift {
namespace {

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

}  // namespace

std::string_view AchievementStatusKey(AchievementStatus s) {
  switch (s) {
    case AchievementStatus::kOnTrack: return "on_track";
    case AchievementStatus::kAtRisk: return "at_risk";
    case AchievementStatus::kOffTrack: return "off_track";
    case AchievementStatus::kNoData: return "no_data";
  }
  return "no_data";
}

std::string_view AchievementReasonKey(AchievementReason r) {
  switch (r) {
    case AchievementReason::kTargetReached: return "target_reached";
    case AchievementReason::kAheadOfPath: return "ahead_of_path";
    case AchievementReason::kNearPath: return "near_path";
    case AchievementReason::kBehindPath: return "behind_path";
    case AchievementReason::kTargetPassed: return "target_passed";
    case AchievementReason::kNoMeasurements: return "no_measurements";
    case AchievementReason::kNoBaseline: return "no_baseline";
    case AchievementReason::kBoundInconclusive: return "bound_inconclusive";
  }
  return "no_measurements";
}

std::optional<Target> CurrentTarget(const std::vector<Target>& targets,
                                    const DimensionValues& dims, const Date& latest_end) {
  std::vector<Target> matching;
  for (const auto& t : targets) {
    if (t.dimensions == dims) matching.push_back(t);
  }
  if (matching.empty()) return std::nullopt;
  std::stable_sort(matching.begin(), matching.end(),
                   [](const Target& a, const Target& b) { return a.by < b.by; });
  for (const auto& t : matching) {
    if (!(t.by < latest_end)) return t;
  }
  return matching.back();
}

namespace {

// The rule for a stated value as if it were exact (steps 1 to 5).
Achievement AssessStated(const Indicator& indicator, const Target& target,
                         const std::vector<SeriesPoint>& points, const AchievementRule& rule) {
  Achievement a;
  a.target = target;
  if (points.empty()) return a;
  const SeriesPoint& latest = points.back();
  a.actual = latest.value;
  a.actual_period = latest.period.ToString();
  bool lower = indicator.direction == Direction::kLowerIsBetter;
  bool reached = lower ? latest.value <= target.value : latest.value >= target.value;
  if (reached) {
    a.status = AchievementStatus::kOnTrack;
    a.reason = AchievementReason::kTargetReached;
    return a;
  }
  Date now = latest.period.End();
  if (!(now < target.by)) {
    a.status = AchievementStatus::kOffTrack;
    a.reason = AchievementReason::kTargetPassed;
    return a;
  }
  // The starting point of the path.
  std::optional<SeriesPoint> start;
  if (indicator.baseline && target.dimensions.empty()) {
    if (auto p = Period::Parse(indicator.baseline->period)) start = SeriesPoint{*p, indicator.baseline->value};
  }
  if (!start && points.size() > 1) start = points.front();
  if (!start || !(start->period.End() < now)) {
    a.reason = AchievementReason::kNoBaseline;
    return a;
  }
  a.start = start->value;
  a.start_period = start->period.ToString();
  double t0 = static_cast<double>(DaysFromCivil(start->period.End()));
  double t1 = static_cast<double>(DaysFromCivil(target.by));
  double t = static_cast<double>(DaysFromCivil(now));
  double share = t1 > t0 ? std::clamp((t - t0) / (t1 - t0), 0.0, 1.0) : 1.0;
  double expected = start->value + (target.value - start->value) * share;
  a.expected = expected;
  double distance = std::fabs(target.value - start->value);
  if (distance == 0) distance = std::max(std::fabs(target.value), 1.0);
  double gap = (lower ? latest.value - expected : expected - latest.value) / distance;
  if (gap <= 0) {
    a.status = AchievementStatus::kOnTrack;
    a.reason = AchievementReason::kAheadOfPath;
  } else if (gap <= rule.tolerance) {
    a.status = AchievementStatus::kOnTrack;
    a.reason = AchievementReason::kNearPath;
  } else {
    a.status = gap <= 2 * rule.tolerance ? AchievementStatus::kAtRisk : AchievementStatus::kOffTrack;
    a.reason = AchievementReason::kBehindPath;
  }
  return a;
}

// Whether the true value may only be worse than the stated one.
bool WorseBound(const Indicator& indicator, Qualifier q) {
  if (indicator.direction == Direction::kLowerIsBetter) return q == Qualifier::kOver;
  return q == Qualifier::kUnder;
}

}  // namespace

Achievement AssessAchievement(const Indicator& indicator, const Target& target,
                              const std::vector<SeriesPoint>& points,
                              const AchievementRule& rule) {
  Achievement a = AssessStated(indicator, target, points, rule);
  if (points.empty()) return a;
  a.actual_qualifier = points.back().qualifier;
  if (!WorseBound(indicator, a.actual_qualifier)) return a;
  // Step 6: the true value is worse than the stated one.
  if (a.status == AchievementStatus::kOffTrack) return a;
  a.status = AchievementStatus::kAtRisk;
  a.reason = AchievementReason::kBoundInconclusive;
  return a;
}

std::string Achievement::Explanation() const {
  std::string target_text = Number(target.value) + " by " + target.by.ToIso();
  switch (reason) {
    case AchievementReason::kNoMeasurements: return "No measurements yet.";
    case AchievementReason::kTargetReached:
      return "The latest value " + Number(*actual) + " (" + actual_period +
             ") has reached the target " + target_text + ".";
    case AchievementReason::kTargetPassed:
      return "The target date has passed and the latest value " + Number(*actual) + " (" +
             actual_period + ") has not reached the target " + target_text + ".";
    case AchievementReason::kNoBaseline:
      return "Only one measurement and no baseline: the path to the target " + target_text +
             " cannot be drawn yet.";
    case AchievementReason::kBoundInconclusive:
      return "The latest value is only known to be " + std::string(QualifierKey(actual_qualifier)) +
             " " + Number(*actual) + " (" + actual_period +
             "), a bound on the wrong side: it cannot show the target " + target_text +
             " as on track.";
    case AchievementReason::kAheadOfPath:
    case AchievementReason::kNearPath:
    case AchievementReason::kBehindPath:
      return "On the straight path from " + Number(*start) + " (" + start_period + ") to " +
             target_text + ", " + Number(*expected) + " was expected by the end of " +
             actual_period + "; the value is " + Number(*actual) + ".";
  }
  return "";
}

}  // namespace fremdrift
