// The evaluation of one version of a health app against one catalogue
// version: the vendor's answers, the evaluator's review per requirement,
// and the states it moves through:
//
//   draft -> submitted -> under_review -> more_documentation -> submitted ...
//                                      \-> decided (awarded | refused)
//   any state before decided -> decided (withdrawn)
//
// The transitions are checked here; who may make them is in
// domain/health_app_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fremdrift {

enum class EvaluationState { kDraft, kSubmitted, kUnderReview, kMoreDocumentation, kDecided };
enum class Decision { kNone, kAwarded, kRefused, kWithdrawn };
// The vendor's answer: "Ja", "Nei", "Ikke relevant".
enum class Answer { kYes, kNo, kNotRelevant };
// The evaluator's verdict on one requirement.
enum class Verdict { kAccepted, kNotAccepted, kMoreDocumentation };

std::string StateKey(EvaluationState s);  // draft, submitted, under_review, more_documentation, decided
std::optional<EvaluationState> StateFromKey(const std::string& key);
std::string DecisionKey(Decision d);  // "", awarded, refused, withdrawn
std::optional<Decision> DecisionFromKey(const std::string& key);
std::string AnswerKey(Answer a);  // yes, no, not_relevant
std::optional<Answer> AnswerFromKey(const std::string& key);
std::string VerdictKey(Verdict v);  // accepted, not_accepted, more_documentation
std::optional<Verdict> VerdictFromKey(const std::string& key);

struct RequirementAnswer {
  std::string requirement;
  Answer answer = Answer::kNo;
  std::string evidence;  // a note or a link
};

struct RequirementReview {
  std::string requirement;
  Verdict verdict = Verdict::kAccepted;
  std::string comment;
  std::string reviewer;
  std::string reviewed_on;  // YYYY-MM-DD
};

struct Evaluation {
  int64_t id = 0;
  int64_t app_id = 0;
  std::string app_version;
  int64_t catalogue_id = 0;
  EvaluationState state = EvaluationState::kDraft;
  Decision decision = Decision::kNone;
  std::string decision_reason;
  std::string evaluator;  // the assigned evaluator's user name, or ""
  std::string submitted_on;
  std::string decided_on;
  std::vector<RequirementAnswer> answers;
  std::vector<RequirementReview> reviews;
  int64_t version = 1;
};

const RequirementAnswer* FindAnswer(const Evaluation& e, const std::string& requirement);
const RequirementReview* FindReview(const Evaluation& e, const std::string& requirement);

// Why `e` may not move to `to` (with `decision` when `to` is decided), or
// "" when it may. Only the transitions drawn above are allowed; a decided
// evaluation never moves again.
std::string TransitionProblem(EvaluationState from, EvaluationState to, Decision decision = Decision::kNone);

// Whether the vendor may change answers now (draft or more_documentation).
bool AnswersOpen(EvaluationState s);
// Whether the evaluator may record verdicts now (submitted or under_review).
bool ReviewOpen(EvaluationState s);

}  // namespace fremdrift
