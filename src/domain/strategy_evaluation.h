// An evaluation of a strategy as a whole ("evaluering"): a titled review,
// made at a date or in a year and taken from a source, that asks ordered
// questions of the strategy and answers each on one status scale. The
// knowledge base's evaluation of the 2017-2022 strategy is one: three
// questions (clear strategic choices, choices that hang together, robust
// priorities) answered "I begrenset grad", "I liten grad" and "I noen
// grad" on the scale `robusthet`. Unlike an assessment, which gives one
// status per subject and period on the strategy's own scale, an
// evaluation may use any stored scale and holds several answers.
// Documented in docs/strategy-model.md, "Evaluations".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/failure.h"
#include "domain/status_scale.h"

namespace fremdrift {

// One question of an evaluation and its answer.
struct EvaluationQuestion {
  std::string question_nb;  // "Er det foretatt tydelige strategiske valg ...?"
  std::string question_en;  // "" when not translated
  // A level key of the evaluation's scale, or not_assessed.
  std::string answer = std::string(kNotAssessed);
  std::string comment_nb;  // why, in words; may be several lines
  std::string comment_en;
  bool operator==(const EvaluationQuestion&) const = default;
};

struct StrategyEvaluation {
  int64_t id = 0;
  std::string strategy;  // the key of the strategy evaluated
  std::string key;       // a slug, unique within the strategy; used by bundles
  std::string title_nb;
  std::string title_en;  // "" when not translated
  std::string date;      // when it was made: a year "2021" or a date "2021-06-30"
  std::string source;    // the document it comes from, by citation; "" for none
  std::string status_scale;  // the key of the stored status scale its answers are on
  std::vector<EvaluationQuestion> questions;  // in the evaluation's order
  // Bumped by every change (optimistic concurrency of the API and the
  // form); not part of the bundle's form.
  int64_t version = 1;
  bool operator==(const StrategyEvaluation&) const = default;
};

// An evaluation with the record of the scale its answers are on: what a
// page shows (each answer as its level's mark and words).
struct ScaledEvaluation {
  StrategyEvaluation evaluation;
  StatusScaleRecord scale;
};

// Whether `text` says when an evaluation was made: a year YYYY from 1900
// to 2100, or a date YYYY-MM-DD in those years.
bool IsEvaluationDate(std::string_view text);

// The problems of `evaluation` on its own, each naming its field with a
// rule code for the catalogue: a missing strategy, title_nb or date
// ("required"), a key that is not a slug ("not_a_slug"), a date that is
// neither a year nor a date ("not_a_year_or_date"), a scale key of the
// wrong form ("not_a_scale_key"), no question ("evaluation_questions_required"),
// a question without bokmål text ("required" at "questions[i].question_nb"),
// and text beyond the limits of other fields (titles and questions one
// line of at most kMaxNameChars, the source one line and comments several
// of at most kMaxLongTextChars). Empty when none.
std::vector<FieldProblem> StrategyEvaluationProblems(const StrategyEvaluation& evaluation);

// The answers of `evaluation` that are neither a level of `scale` nor
// not_assessed, each at "questions[i].answer" with the rule
// "answer_not_on_scale" (parameters "answer" and "scale"). Empty when
// every answer is on the scale.
std::vector<FieldProblem> EvaluationAnswerProblems(const StrategyEvaluation& evaluation,
                                                   const StatusScaleRecord& scale);

// The level keys of `scale` and not_assessed: what an answer may be.
std::vector<std::string> EvaluationAnswerChoices(const StatusScaleRecord& scale);

}  // namespace fremdrift
