// The quality label of a health app, awarded from a decided evaluation.
// Its grades are computed from the evaluator's verdicts by the catalogue
// version's grading rule (ComputeLabelGrades), never typed. It carries the
// date the app was checked and the date it is valid until, and becomes due
// for reassessment (LabelReassessmentReason).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/health_app_catalogue.h"
#include "domain/health_app_evaluation.h"

namespace fremdrift {

// The grade of one label area and what it rests on.
struct AreaResult {
  std::string label_area;
  int met = 0;      // requirements answered yes and accepted
  int counted = 0;  // applicable requirements not accepted as not relevant
  std::string grade;  // "A".."E", or "" when nothing was counted
};

struct LabelGrades {
  std::vector<AreaResult> areas;  // in the catalogue's label-area order
  std::string overall;
};

// Grades for an app of category level `level` from the verdicts of `e`
// by the rule of `c`. A requirement is met when the vendor answered yes and
// the evaluator accepted it; one answered "not relevant" and accepted is
// not counted; every other applicable requirement counts as not met.
LabelGrades ComputeLabelGrades(const AppCatalogue& c, const std::string& level, const Evaluation& e);

// Why an award of `e` is refused, or "": the evaluation must be under
// review and every applicable requirement have a verdict other than "more
// documentation".
std::string AwardProblem(const AppCatalogue& c, const std::string& level, const Evaluation& e);

struct HealthAppLabel {
  int64_t id = 0;
  int64_t app_id = 0;
  int64_t evaluation_id = 0;
  std::string app_version;    // the version that was checked
  int64_t catalogue_id = 0;
  std::string catalogue;      // "tryggere-helseapper v1"
  LabelGrades grades;
  std::string checked_on;     // YYYY-MM-DD
  std::string valid_until;    // YYYY-MM-DD
  std::string reassessment_reason;  // a reason stated by an admin, or ""
};

// The date a label checked on `checked_on` (YYYY-MM-DD) is valid until:
// `years` later, the same day (28 February for 29 February).
std::string LabelValidUntil(const std::string& checked_on, int years);

// Why `label` is due for reassessment, as a reason key, or "" when it is
// not: "stated" (an admin stated a reason), "app_version" (the app now has
// another version than the one checked), "catalogue_version" (a newer
// catalogue version of the same key is published), "expired" (today is
// after valid_until). The first that holds is given, in that order.
std::string LabelReassessmentReason(const HealthAppLabel& label, const std::string& current_app_version,
                                    int64_t latest_catalogue_id, const std::string& today);

}  // namespace fremdrift
