#include "render/evaluation_view.h"

#include "domain/date.h"
#include "render/date_text.h"
#include "render/report_text.h"
#include "render/report_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// The text in the reader's language and the language it is in: the
// English where the reader reads English and it is given, else the bokmål.
struct ReaderText {
  std::string text;
  std::string lang;
};

ReaderText InReadersLanguage(const std::string& nb, const std::string& en, const Catalogue& t) {
  if (t.lang() == "en" && !en.empty()) return {en, "en"};
  return {nb, "nb"};
}

// "2021", or a date as plan dates read ("30.06.2021", "2021-06-30").
std::string EvaluationDateText(const std::string& date, const Catalogue& t) {
  if (auto d = Date::Parse(date)) return DateText(*d, t.lang());
  return date;
}

}  // namespace

mstch::map EvaluationSection(const std::vector<ScaledEvaluation>& evaluations, const Catalogue& t,
                             const EvaluationSectionOptions& options) {
  const bool may_edit = options.may_edit && !options.strategy_key.empty();
  mstch::array list;
  for (const auto& [e, record] : evaluations) {
    StatusScale scale = StatusScale::FromRecord(record);
    ReaderText title = InReadersLanguage(e.title_nb, e.title_en, t);
    mstch::array questions;
    for (const auto& q : e.questions) {
      ReaderText question = InReadersLanguage(q.question_nb, q.question_en, t);
      ReaderText comment = InReadersLanguage(q.comment_nb, q.comment_en, t);
      questions.push_back(mstch::map{{"question", question.text},
                                     {"question_lang", question.lang},
                                     {"answer", StatusMarkView(DescribeStatus(q.answer, scale, t))},
                                     {"has_comment", !comment.text.empty()},
                                     {"comment", comment.text},
                                     {"comment_lang", comment.lang}});
    }
    std::string scale_name = t.lang() == "en" && !record.name_en.empty() ? record.name_en : record.name_nb;
    list.push_back(mstch::map{{"id", "evaluering-" + e.key},
                              {"title", title.text},
                              {"title_lang", title.lang},
                              {"date_text", EvaluationDateText(e.date, t)},
                              {"has_source", !e.source.empty()},
                              {"source", e.source},
                              {"scale_name", scale_name},
                              {"caption", t.Format("evaluation_caption", {{"title", title.text}})},
                              {"edit_url", may_edit ? UrlFor(routes::kStrategyEvaluationEdit, options.strategy_key, e.key) : ""},
                              {"edit_text", t.Format("evaluation_edit_link", {{"title", title.text}})},
                              {"delete_url", may_edit ? UrlFor(routes::kStrategyEvaluationDelete, options.strategy_key, e.key) : ""},
                              {"delete_text", t.Format("evaluation_delete_link", {{"title", title.text}})},
                              {"questions", questions}});
  }
  return mstch::map{{"show_section", !list.empty() || may_edit},
                    {"has_evaluations", !list.empty()},
                    {"may_edit", may_edit},
                    {"new_url", may_edit ? UrlFor(routes::kNewStrategyEvaluation, options.strategy_key) : ""},
                    {"saved", options.saved},
                    {"deleted", options.deleted},
                    {"evaluations", list}};
}

}  // namespace fremdrift
