// An assessment of one subject for one reporting period: the whole
// strategy, a plan item or an indicator gets a status on the strategy's
// scale, the label of the target it speaks to ("fremdrift mot 2025"), a
// comment, and — when the status set by hand differs from the suggested
// one — a justification. Both statuses are kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/failure.h"
#include "domain/status_scale.h"

namespace fremdrift {

enum class SubjectKind { kStrategy, kItem, kIndicator };

std::string_view SubjectKindKey(SubjectKind k);  // strategy, item, indicator
std::optional<SubjectKind> SubjectKindFromKey(std::string_view key);

// What an assessment or note is about: the strategy (key ""), a plan item
// by key, or an indicator by code.
struct Subject {
  SubjectKind kind = SubjectKind::kStrategy;
  std::string key;
  bool operator==(const Subject&) const = default;
  auto operator<=>(const Subject&) const = default;
};

struct Assessment {
  int64_t id = 0;
  int64_t period_id = 0;
  Subject subject;
  std::string status = std::string(kNotAssessed);
  std::string suggested_status;  // from the roll-up, when there was one
  std::string justification;     // needed when status differs from the suggestion
  std::string target_label;
  std::string comment;
  std::string assessed_by;
  std::string assessed_at;
  std::string source_ref;
  int64_t version = 1;
};

// Texts of a period: strategic themes for discussion, other qualitative
// information, and summaries, for the strategy or a goal.
struct PeriodNote {
  Subject subject;
  std::string kind;  // theme, qualitative, summary
  std::string title;
  std::string text;
  std::string source_ref;
};

bool IsNoteKind(std::string_view kind);

// How a status moved against the previous period.
enum class Trend { kImproved, kWorsened, kUnchanged, kNotComparable };
std::string_view TrendKey(Trend t);  // improved, worsened, unchanged, not_comparable

// Compares two statuses on `scale`; not comparable when either is not on
// the scale (not assessed, no data, or missing).
Trend CompareStatus(std::string_view previous, std::string_view current, const StatusScale& scale);

// Checks a hand-set status against the scale and the suggestion: nullopt
// when acceptable, else the problem: on "status" with rule "unknown_status"
// ({status}, {scale}), or on "justification" with rule
// "justification_required" ({suggested}, also as "suggested.nb" and
// "suggested.en") when the status differs from an assessed suggestion
// without a justification.
std::optional<FieldProblem> AssessmentRefusal(const Assessment& a, const StatusScale& scale);

}  // namespace fremdrift
