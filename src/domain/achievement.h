// Achievement against a target: is an indicator on track to reach it?
//
// The rule (documented for users in docs/achievement.md):
//  1. No measurements: "no data".
//  2. The latest value has reached the target (in the better direction):
//     on track.
//  3. The target date has passed (the latest period ends on or after it)
//     and the value has not reached it: off track.
//  4. Otherwise draw the straight path from the starting point (the
//     baseline, else the first measurement) to the target, and read off the
//     value expected at the end of the latest period. The gap is how far
//     the latest value lags behind that expectation, as a share of the whole
//     distance from start to target. A gap up to `tolerance` is on track,
//     up to twice the tolerance at risk, more is off track.
//  5. With no starting point before the latest value, the path cannot be
//     drawn: "no data" with the reason "no baseline".
//  6. A bound in the worse direction ("under 2 %" where higher is better,
//     "over 200" where lower is better) says only that the true value is
//     worse than the stated one. It can show the indicator off track (when
//     the stated value already is), never on track: any other outcome is
//     "at risk" with the reason "bound inconclusive". A bound in the better
//     direction and "about" are assessed as their stated value.
// Indicators whose direction is "none" (distributions) are not assessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/indicator.h"
#include "domain/measurement_qualifier.h"
#include "domain/period.h"

namespace fremdrift {

enum class AchievementStatus { kOnTrack, kAtRisk, kOffTrack, kNoData };

std::string_view AchievementStatusKey(AchievementStatus s);  // on_track, ...

// Why a status was given; texts per language are in the UI catalogue.
enum class AchievementReason {
  kTargetReached,
  kAheadOfPath,
  kNearPath,
  kBehindPath,
  kTargetPassed,
  kNoMeasurements,
  kNoBaseline,
  kBoundInconclusive,
};

std::string_view AchievementReasonKey(AchievementReason r);

struct SeriesPoint {
  Period period;
  double value = 0;
  Qualifier qualifier = Qualifier::kExact;
};

struct AchievementRule {
  double tolerance = 0.10;  // share of the start-to-target distance
};

struct Achievement {
  AchievementStatus status = AchievementStatus::kNoData;
  AchievementReason reason = AchievementReason::kNoMeasurements;
  Target target;
  std::optional<double> actual;    // the latest value
  Qualifier actual_qualifier = Qualifier::kExact;  // how exactly it is known
  std::string actual_period;       // its period
  std::optional<double> expected;  // on the path, at the latest period's end
  std::optional<double> start;     // the path's starting value
  std::string start_period;

  // A one-sentence English explanation with the numbers, for the API.
  std::string Explanation() const;
};

// Assesses `points` (sorted by period, all for `target.dimensions`)
// against `target`, using the indicator's direction and baseline (the
// baseline applies only to a target without dimensions).
Achievement AssessAchievement(const Indicator& indicator, const Target& target,
                              const std::vector<SeriesPoint>& points,
                              const AchievementRule& rule);

// The target that the latest measurement speaks to: among the targets with
// the given dimensions, the first one whose date is on or after
// `latest_end`, else the last one. nullopt when there is no such target.
std::optional<Target> CurrentTarget(const std::vector<Target>& targets,
                                    const DimensionValues& dims, const Date& latest_end);

}  // namespace fremdrift
