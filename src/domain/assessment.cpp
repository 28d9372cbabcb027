#include "domain/assessment.h"

namespace fremdrift {

std::string_view SubjectKindKey(SubjectKind k) {
  switch (k) {
    case SubjectKind::kStrategy: return "strategy";
    case SubjectKind::kItem: return "item";
    case SubjectKind::kIndicator: return "indicator";
  }
  return "strategy";
}

std::optional<SubjectKind> SubjectKindFromKey(std::string_view key) {
  for (SubjectKind k : {SubjectKind::kStrategy, SubjectKind::kItem, SubjectKind::kIndicator}) {
    if (SubjectKindKey(k) == key) return k;
  }
  return std::nullopt;
}

bool IsNoteKind(std::string_view kind) {
  return kind == "theme" || kind == "qualitative" || kind == "summary";
}

std::string_view TrendKey(Trend t) {
  switch (t) {
    case Trend::kImproved: return "improved";
    case Trend::kWorsened: return "worsened";
    case Trend::kUnchanged: return "unchanged";
    case Trend::kNotComparable: return "not_comparable";
  }
  return "not_comparable";
}

Trend CompareStatus(std::string_view previous, std::string_view current, const StatusScale& scale) {
  auto a = scale.Rank(previous), b = scale.Rank(current);
  if (!a || !b) return Trend::kNotComparable;
  if (*b < *a) return Trend::kImproved;
  if (*b > *a) return Trend::kWorsened;
  return Trend::kUnchanged;
}

std::optional<FieldProblem> AssessmentRefusal(const Assessment& a, const StatusScale& scale) {
  if (!scale.Accepts(a.status)) {
    std::string keys;
    for (const auto& l : scale.levels()) keys += l.key + ", ";
    return FieldProblem{"status",
                        "'" + a.status + "' is not a status of the " + scale.key() + " scale (" +
                            keys + "not_assessed, no_data)",
                        "unknown_status",
                        {{"status", a.status}, {"scale", keys + "not_assessed, no_data"}}};
  }
  bool suggestion_assessed = scale.Rank(a.suggested_status).has_value();
  if (suggestion_assessed && scale.Rank(a.status) && a.status != a.suggested_status &&
      a.justification.find_first_not_of(" \t\n") == std::string::npos) {
    return FieldProblem{"justification",
                        "the status differs from the suggested " + a.suggested_status +
                            ": give a justification",
                        "justification_required",
                        {{"suggested", a.suggested_status},
                         {"suggested.nb", scale.Name(a.suggested_status, "nb")},
                         {"suggested.en", scale.Name(a.suggested_status, "en")}}};
  }
  return std::nullopt;
}

}  // namespace fremdrift
