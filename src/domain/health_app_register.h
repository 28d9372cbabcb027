// The public register of health apps (/helseapper): one entry per app whose
// latest evaluation is decided, awarded or not. An app that was refused or
// withdrawn stays on the register with the reason; an app whose evaluation
// is still open is not on it, and drafts never are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/health_app.h"
#include "domain/health_app_catalogue.h"
#include "domain/health_app_evaluation.h"
#include "domain/health_app_label.h"

namespace fremdrift {

struct RegisterEntry {
  HealthApp app;
  Evaluation evaluation;  // the latest decided one
  AppCatalogue catalogue;  // the version it was evaluated against
  std::optional<HealthAppLabel> label;  // when awarded
  std::string due_reason;  // LabelReassessmentReason, "" when not due
};

// Whether an evaluation puts its app on the public register.
bool OnPublicRegister(const Evaluation& e);

// The register's filters; an empty member filters nothing.
struct RegisterFilter {
  std::string text;            // in the name, manufacturer, intended users or use (case-insensitive, FoldCase)
  std::string category_level;  // a level key
  std::string label_area;      // with `grade`: the area whose grade...
  std::string grade;           // ...is this grade or better ("B": A or B)
  std::string platform;
  std::string target_group;
};

bool MatchesRegisterFilter(const RegisterEntry& e, const RegisterFilter& f);

}  // namespace fremdrift
