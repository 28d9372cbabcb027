// A version of the roadmap for the national e-health solutions ("veikart",
// e.g. v22.2): the services it follows, each with its target ("national
// rollout during 2026"), the actions that lead there — who (an actor group
// and an actor, which may be an organisation), what, from when to when —
// and the measures proposed for the coming year ("tiltak for 2023").
// A version is a draft until it is published; a published version is
// frozen. A new version starts as a copy of the last one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/failure.h"

namespace fremdrift {

// When an action starts or ends: a year ("2023"), a date, or not given
// (the roadmap often shows only one end: "→ 2023").
class RoadmapTime {
 public:
  RoadmapTime() = default;
  static RoadmapTime Year(int year);
  static RoadmapTime On(Date date);

  // Accepts "" (not given), "YYYY" and "YYYY-MM-DD"; nullopt otherwise.
  static std::optional<RoadmapTime> Parse(std::string_view text);
  std::string ToText() const;  // inverse of Parse

  bool is_set() const { return year_.has_value(); }
  bool has_date() const { return date_.has_value(); }
  int year() const { return *year_; }          // only when is_set()
  const Date& date() const { return *date_; }  // only when has_date()

  // The first and last day the time covers: a year covers 1 Jan - 31 Dec.
  Date FirstDay() const;
  Date LastDay() const;

  bool operator==(const RoadmapTime&) const = default;

 private:
  std::optional<int> year_;
  std::optional<Date> date_;
};

struct RoadmapAction {
  std::string key;          // stable across versions, unique in the service
  std::string actor_group;  // e.g. "Kommunal sektor", "Sentralt"
  std::string actor;        // e.g. "Pleie og omsorg", "Helse Vest"
  std::string organisation; // the actor's organisation short name, or ""
  std::string what;
  RoadmapTime start;
  RoadmapTime end;
  std::string source;
  bool operator==(const RoadmapAction&) const = default;
};

// A measure proposed for a year ("Forslag til tiltak for 2023").
struct RoadmapMeasure {
  int year = 0;
  std::string text;
  std::string source;
  bool operator==(const RoadmapMeasure&) const = default;
};

struct RoadmapService {
  std::string key;    // stable across versions, unique in the version
  std::string title;  // e.g. "Helsepersonell skal ha tilgang til ..."
  std::string target; // e.g. "Nasjonal innføring i løpet av 2026"
  std::string note;   // e.g. that new dates are not ready
  std::vector<RoadmapAction> actions;
  std::vector<RoadmapMeasure> measures;
  std::string source;
  bool operator==(const RoadmapService&) const = default;
};

enum class RoadmapStatus { kDraft, kPublished };
std::string_view RoadmapStatusKey(RoadmapStatus s);  // draft, published
std::optional<RoadmapStatus> RoadmapStatusFromKey(std::string_view key);

struct RoadmapVersion {
  int64_t id = 0;
  std::string code;  // e.g. "22.2"
  std::string title;
  std::optional<Date> date;
  RoadmapStatus status = RoadmapStatus::kDraft;
  std::string based_on;  // code of the version it was copied from, or ""
  std::string note;
  std::string source;
  std::vector<RoadmapService> services;
  int64_t version = 1;  // optimistic concurrency: bumped on every change
};

// Whether `code` may name a version: 1-20 characters of digits, letters,
// '.', '-' and '_'.
bool IsRoadmapVersionCode(std::string_view code);

// Orders version codes by their dot-separated parts, numbers as numbers:
// 22.2 < 22.10 < 23.1. Negative, zero or positive like strcmp.
int CompareVersionCodes(std::string_view a, std::string_view b);

// Checks the version's content: code, service keys (slugs, unique) and
// titles, action keys (slugs, unique in their service), who and what of
// each action, an end not before its start, measures with a year and a
// text. Problems name their place, e.g. "services[2].actions[0].end".
std::vector<FieldProblem> ValidateRoadmapVersion(const RoadmapVersion& v);

// A new draft `code` whose services, actions and measures are those of
// `last`, with `based_on` set to last's code.
RoadmapVersion CopyRoadmapVersion(const RoadmapVersion& last, const std::string& code);

}  // namespace fremdrift
