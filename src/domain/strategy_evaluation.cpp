#include "domain/strategy_evaluation.h"

#include "domain/date.h"
#include "domain/portfolio_rules.h"
#include "domain/scale_key.h"
#include "domain/text_field_rules.h"

namespace fremdrift {

bool IsEvaluationDate(std::string_view text) {
  auto year_ok = [](std::string_view y) {
    if (y.size() != 4) return false;
    for (char c : y) {
      if (c < '0' || c > '9') return false;
    }
    int n = std::stoi(std::string(y));
    return n >= 1900 && n <= 2100;
  };
  if (text.size() == 4) return year_ok(text);
  return Date::Parse(text).has_value() && year_ok(text.substr(0, 4));
}

std::vector<FieldProblem> StrategyEvaluationProblems(const StrategyEvaluation& e) {
  std::vector<FieldProblem> out;
  if (e.strategy.empty()) out.push_back({"strategy", "is required", "required", {}});
  if (!IsSlug(e.key)) {
    out.push_back({"key", "must be a slug of a-z, 0-9 and '-' (at most 80 characters)", "not_a_slug", {}});
  }
  if (e.title_nb.empty()) out.push_back({"title_nb", "is required", "required", {}});
  CheckTextField(out, "title_nb", e.title_nb, TextShape::kLine, kMaxNameChars);
  CheckTextField(out, "title_en", e.title_en, TextShape::kLine, kMaxNameChars);
  if (e.date.empty()) {
    out.push_back({"date", "is required", "required", {}});
  } else if (!IsEvaluationDate(e.date)) {
    out.push_back({"date", "must be a year YYYY or a date YYYY-MM-DD", "not_a_year_or_date", {{"value", e.date}}});
  }
  CheckTextField(out, "source", e.source, TextShape::kLine, kMaxLongTextChars);
  if (!IsScaleKey(e.status_scale)) out.push_back({"status_scale", kScaleKeyRule, "not_a_scale_key", {}});
  if (e.questions.empty()) {
    out.push_back({"questions", "must hold at least one question", "evaluation_questions_required", {}});
  }
  for (size_t i = 0; i < e.questions.size(); ++i) {
    const EvaluationQuestion& q = e.questions[i];
    const std::string p = "questions[" + std::to_string(i) + "].";
    if (q.question_nb.empty()) out.push_back({p + "question_nb", "is required", "required", {}});
    CheckTextField(out, p + "question_nb", q.question_nb, TextShape::kLine, kMaxNameChars);
    CheckTextField(out, p + "question_en", q.question_en, TextShape::kLine, kMaxNameChars);
    CheckTextField(out, p + "comment_nb", q.comment_nb, TextShape::kMultiLine, kMaxLongTextChars);
    CheckTextField(out, p + "comment_en", q.comment_en, TextShape::kMultiLine, kMaxLongTextChars);
  }
  return out;
}

std::vector<std::string> EvaluationAnswerChoices(const StatusScaleRecord& scale) {
  std::vector<std::string> out;
  for (const auto& l : scale.levels) out.push_back(l.key);
  out.emplace_back(kNotAssessed);
  return out;
}

std::vector<FieldProblem> EvaluationAnswerProblems(const StrategyEvaluation& e, const StatusScaleRecord& scale) {
  std::vector<FieldProblem> out;
  std::string choices;
  for (const auto& c : EvaluationAnswerChoices(scale)) choices += (choices.empty() ? "" : ", ") + c;
  for (size_t i = 0; i < e.questions.size(); ++i) {
    const std::string& answer = e.questions[i].answer;
    bool on_scale = answer == kNotAssessed;
    for (const auto& l : scale.levels) on_scale = on_scale || l.key == answer;
    if (!on_scale) {
      out.push_back({"questions[" + std::to_string(i) + "].answer",
                     "must be a level of the scale " + scale.key + " or not_assessed (" + choices + ")",
                     "answer_not_on_scale",
                     {{"answer", answer}, {"scale", scale.key}, {"choices", choices}}});
    }
  }
  return out;
}

}  // namespace fremdrift
