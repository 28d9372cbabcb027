// One evaluation with what a person working on it needs to see and may do:
// its app, its catalogue version and the actions open to the reader
// (filled by app/health_app_queries.h, shown by render/health_app_work_view.h).
#pragma once

#include "domain/health_app.h"
#include "domain/health_app_catalogue.h"
#include "domain/health_app_evaluation.h"

namespace fremdrift {

struct EvaluationCase {
  Evaluation evaluation;
  HealthApp app;
  AppCatalogue catalogue;
  bool may_answer = false;    // the vendor may change answers now
  bool may_submit = false;
  bool may_review = false;    // the reader is the assigned evaluator and verdicts are open
  bool may_decide = false;    // an admin, and the evaluation is not decided
  bool may_withdraw = false;  // the vendor's user or an admin, before a decision
};

}  // namespace fremdrift
