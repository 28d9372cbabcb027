#include "domain/health_app_evaluation.h"

#include <array>
#include <utility>

namespace fremdrift {
namespace {

template <typename E, size_t N>
std::optional<E> FromKey(const std::array<std::pair<E, const char*>, N>& table, const std::string& key) {
  for (const auto& [value, name] : table) {
    if (key == name) return value;
  }
  return std::nullopt;
}

template <typename E, size_t N>
std::string ToKey(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "";
}

constexpr std::array<std::pair<EvaluationState, const char*>, 5> kStates = {{
    {EvaluationState::kDraft, "draft"},
    {EvaluationState::kSubmitted, "submitted"},
    {EvaluationState::kUnderReview, "under_review"},
    {EvaluationState::kMoreDocumentation, "more_documentation"},
    {EvaluationState::kDecided, "decided"},
}};
constexpr std::array<std::pair<Decision, const char*>, 4> kDecisions = {{
    {Decision::kNone, ""}, {Decision::kAwarded, "awarded"}, {Decision::kRefused, "refused"}, {Decision::kWithdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<Answer, const char*>, 3> kAnswers = {{
    {Answer::kYes, "yes"}, {Answer::kNo, "no"}, {Answer::kNotRelevant, "not_relevant"},
}};
constexpr std::array<std::pair<Verdict, const char*>, 3> kVerdicts = {{
    {Verdict::kAccepted, "accepted"}, {Verdict::kNotAccepted, "not_accepted"}, {Verdict::kMoreDocumentation, "more_documentation"},
}};

}  // namespace

std::string StateKey(EvaluationState s) { return ToKey(kStates, s); }
std::optional<EvaluationState> StateFromKey(const std::string& key) { return FromKey(kStates, key); }
std::string DecisionKey(Decision d) { return ToKey(kDecisions, d); }
std::optional<Decision> DecisionFromKey(const std::string& key) { return FromKey(kDecisions, key); }
std::string AnswerKey(Answer a) { return ToKey(kAnswers, a); }
std::optional<Answer> AnswerFromKey(const std::string& key) { return FromKey(kAnswers, key); }
std::string VerdictKey(Verdict v) { return ToKey(kVerdicts, v); }
std::optional<Verdict> VerdictFromKey(const std::string& key) { return FromKey(kVerdicts, key); }

const RequirementAnswer* FindAnswer(const Evaluation& e, const std::string& requirement) {
  for (const auto& a : e.answers) {
    if (a.requirement == requirement) return &a;
  }
  return nullptr;
}

const RequirementReview* FindReview(const Evaluation& e, const std::string& requirement) {
  for (const auto& r : e.reviews) {
    if (r.requirement == requirement) return &r;
  }
  return nullptr;
}

std::string TransitionProblem(EvaluationState from, EvaluationState to, Decision decision) {
  using S = EvaluationState;
  if (from == S::kDecided) return "the evaluation is decided and can no longer change";
  if (to == S::kDecided) {
    if (decision == Decision::kNone) return "a decision must be awarded, refused or withdrawn";
    if (decision == Decision::kWithdrawn) return "";
    if (from == S::kUnderReview) return "";
    if (decision == Decision::kRefused && from == S::kMoreDocumentation) return "";
    return "only an evaluation under review can be awarded";
  }
  bool ok = (from == S::kDraft && to == S::kSubmitted) || (from == S::kSubmitted && to == S::kUnderReview) ||
            (from == S::kUnderReview && to == S::kMoreDocumentation) ||
            (from == S::kMoreDocumentation && to == S::kSubmitted);
  return ok ? "" : "an evaluation cannot go from " + StateKey(from) + " to " + StateKey(to);
}

bool AnswersOpen(EvaluationState s) {
  return s == EvaluationState::kDraft || s == EvaluationState::kMoreDocumentation;
}

bool ReviewOpen(EvaluationState s) {
  return s == EvaluationState::kSubmitted || s == EvaluationState::kUnderReview;
}

}  // namespace fremdrift
