#include "domain/health_app_label.h"

#include "domain/date.h"

namespace fremdrift {

LabelGrades ComputeLabelGrades(const AppCatalogue& c, const std::string& level, const Evaluation& e) {
  LabelGrades out;
  for (const auto& area : c.label_areas) out.areas.push_back({area.key, 0, 0, ""});
  for (const Requirement* r : ApplicableRequirements(c, level)) {
    for (auto& a : out.areas) {
      if (a.label_area != r->label_area) continue;
      const RequirementAnswer* answer = FindAnswer(e, r->key);
      const RequirementReview* review = FindReview(e, r->key);
      bool accepted = review && review->verdict == Verdict::kAccepted;
      if (accepted && answer && answer->answer == Answer::kNotRelevant) continue;
      ++a.counted;
      if (accepted && answer && answer->answer == Answer::kYes) ++a.met;
    }
  }
  std::vector<std::string> grades;
  for (auto& a : out.areas) {
    a.grade = AreaGrade(c.grading, a.met, a.counted);
    grades.push_back(a.grade);
  }
  out.overall = OverallGrade(c.grading, grades);
  return out;
}

std::string AwardProblem(const AppCatalogue& c, const std::string& level, const Evaluation& e) {
  std::string why = TransitionProblem(e.state, EvaluationState::kDecided, Decision::kAwarded);
  if (!why.empty()) return why;
  for (const Requirement* r : ApplicableRequirements(c, level)) {
    const RequirementReview* review = FindReview(e, r->key);
    if (!review) return "requirement " + r->key + " has no verdict yet";
    if (review->verdict == Verdict::kMoreDocumentation) return "requirement " + r->key + " still waits for documentation";
  }
  return "";
}

std::string LabelValidUntil(const std::string& checked_on, int years) {
  auto d = Date::Parse(checked_on);
  if (!d) return "";
  Date until{d->year + years, d->month, d->day};
  if (!Date::Parse(until.ToIso())) until.day = 28;  // 29 February in a year without it
  return until.ToIso();
}

std::string LabelReassessmentReason(const HealthAppLabel& label, const std::string& current_app_version,
                                    int64_t latest_catalogue_id, const std::string& today) {
  if (!label.reassessment_reason.empty()) return "stated";
  if (current_app_version != label.app_version) return "app_version";
  if (latest_catalogue_id != 0 && latest_catalogue_id != label.catalogue_id) return "catalogue_version";
  if (!label.valid_until.empty() && today > label.valid_until) return "expired";
  return "";
}

}  // namespace fremdrift
