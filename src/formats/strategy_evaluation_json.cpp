#include "formats/strategy_evaluation_json.h"

#include <set>

#include "formats/json_text_field.h"
#include "formats/unknown_fields.h"

namespace fremdrift {

nlohmann::ordered_json StrategyEvaluationToJson(const StrategyEvaluation& e) {
  nlohmann::ordered_json questions = nlohmann::ordered_json::array();
  for (const auto& q : e.questions) {
    questions.push_back({{"question_nb", q.question_nb},
                         {"question_en", q.question_en},
                         {"answer", q.answer},
                         {"comment_nb", q.comment_nb},
                         {"comment_en", q.comment_en}});
  }
  nlohmann::ordered_json j;
  j["strategy"] = e.strategy;
  j["key"] = e.key;
  j["title_nb"] = e.title_nb;
  j["title_en"] = e.title_en;
  j["date"] = e.date;
  j["source"] = e.source;
  j["status_scale"] = e.status_scale;
  j["questions"] = questions;
  return j;
}

nlohmann::ordered_json StrategyEvaluationApiJson(const StrategyEvaluation& e) {
  nlohmann::ordered_json j = StrategyEvaluationToJson(e);
  j["version"] = e.version;
  return j;
}

StrategyEvaluation StrategyEvaluationFromJson(const nlohmann::json& in, const std::string& path,
                                              std::vector<FieldProblem>& problems) {
  StrategyEvaluation e;
  const std::string p = path.empty() ? "" : path + ".";
  if (!in.is_object()) {
    problems.push_back({path.empty() ? "$" : path, "must be an object", "not_an_object", {}});
    return e;
  }
  UnknownFields(in, p, {"strategy", "key", "title_nb", "title_en", "date", "source", "status_scale", "questions"},
                problems);
  auto text = [&](const nlohmann::json& obj, const char* name, const std::string& prefix) {
    return OptionalTextField(obj, name, prefix, problems);
  };
  e.strategy = text(in, "strategy", p);
  e.key = text(in, "key", p);
  e.title_nb = text(in, "title_nb", p);
  e.title_en = text(in, "title_en", p);
  e.date = text(in, "date", p);
  e.source = text(in, "source", p);
  e.status_scale = text(in, "status_scale", p);
  size_t shape_problems = problems.size();
  if (auto it = in.find("questions"); it != in.end() && !it->is_null()) {
    if (!it->is_array()) {
      problems.push_back({p + "questions", "must be an array of {question_nb, question_en, answer, comment_nb, comment_en}",
                          "not_an_array", {}});
    } else {
      for (size_t i = 0; i < it->size(); ++i) {
        const nlohmann::json& qj = (*it)[i];
        const std::string qp = p + "questions[" + std::to_string(i) + "]";
        if (!qj.is_object()) {
          problems.push_back({qp, "must be an object {question_nb, question_en, answer, comment_nb, comment_en}",
                              "not_an_object", {}});
          continue;
        }
        UnknownFields(qj, qp + ".", {"question_nb", "question_en", "answer", "comment_nb", "comment_en"}, problems);
        EvaluationQuestion q;
        q.question_nb = text(qj, "question_nb", qp + ".");
        q.question_en = text(qj, "question_en", qp + ".");
        std::string answer = text(qj, "answer", qp + ".");
        if (!answer.empty()) q.answer = answer;
        q.comment_nb = text(qj, "comment_nb", qp + ".");
        q.comment_en = text(qj, "comment_en", qp + ".");
        e.questions.push_back(std::move(q));
      }
    }
  }
  bool questions_unreadable = problems.size() != shape_problems;
  std::set<std::string> reported;
  for (const auto& problem : problems) reported.insert(problem.field);
  for (auto problem : StrategyEvaluationProblems(e)) {
    // A field refused as it was read (not a string) is not refused again as
    // missing, nor "no question" said of a questions member refused.
    if (reported.count(p + problem.field) || (questions_unreadable && problem.field == "questions")) continue;
    problem.field = p + problem.field;
    problems.push_back(std::move(problem));
  }
  return e;
}

}  // namespace fremdrift
