#include "web/page_strategy_evaluation_edit.h"

#include <algorithm>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/status_scales.h"
#include "app/strategy_evaluation_service.h"
#include "app/visibility.h"
#include "domain/date.h"
#include "domain/failure.h"
#include "domain/typed_input.h"
#include "render/date_text.h"
#include "render/form_view.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/http_status.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kStrategyEvaluationEditFields = {"key", "title_nb", "title_en", "date", "source", "status_scale"};
const std::vector<std::string> kQuestionFields = {"question_nb", "question_en", "answer", "comment_nb", "comment_en"};

// The most question rows a form takes; more are refused as a broken form.
constexpr int kMaxRows = 200;

// The form's name of field `name` of question row `row`: "q0_question_nb".
std::string RowField(size_t row, const std::string& name) { return "q" + std::to_string(row) + "_" + name; }

// What the form holds: the stored evaluation, or what the user typed.
struct EvaluationFormValues {
  std::map<std::string, std::string> text;
  std::vector<std::map<std::string, std::string>> rows;  // each by kQuestionFields
  int64_t version = 0;                                    // 0 for a new evaluation
};

std::map<std::string, std::string> BlankRow() {
  std::map<std::string, std::string> row;
  for (const auto& f : kQuestionFields) row[f] = "";
  row["answer"] = std::string(kNotAssessed);
  return row;
}

// A row the user left empty: no text, no answer.
bool IsBlank(const std::map<std::string, std::string>& row) {
  for (const auto& [name, value] : row) {
    if (name == "answer" ? !value.empty() && value != kNotAssessed : !value.empty()) return false;
  }
  return true;
}

EvaluationFormValues FromEvaluation(const StrategyEvaluation& e, const std::string& lang) {
  EvaluationFormValues v;
  auto date = Date::Parse(e.date);
  v.text = {{"key", e.key},       {"title_nb", e.title_nb}, {"title_en", e.title_en},
            {"date", date ? DateText(*date, lang) : e.date}, {"source", e.source}, {"status_scale", e.status_scale}};
  for (const auto& q : e.questions) {
    v.rows.push_back({{"question_nb", q.question_nb},
                      {"question_en", q.question_en},
                      {"answer", q.answer},
                      {"comment_nb", q.comment_nb},
                      {"comment_en", q.comment_en}});
  }
  v.rows.push_back(BlankRow());
  v.version = e.version;
  return v;
}

EvaluationFormValues StrategyEvaluationEditFromForm(const FormData& form) {
  EvaluationFormValues v;
  for (const auto& f : kStrategyEvaluationEditFields) v.text[f] = form.Get(f);
  int rows = 0;
  try {
    rows = std::stoi(form.Get("rows"));
  } catch (const std::exception&) {
    rows = -1;
  }
  if (rows < 0 || rows > kMaxRows) throw Failure(FailureCode::kInvalid, "the form has no valid number of questions", "rows");
  for (int i = 0; i < rows; ++i) {
    std::map<std::string, std::string> row;
    for (const auto& f : kQuestionFields) row[f] = form.Get(RowField(i, f));
    v.rows.push_back(std::move(row));
  }
  v.version = FormVersion(form);
  return v;
}

// The form as the API's body, with the version it was opened at, and for
// each question of the body the form row it came from (blank rows are
// left out).
nlohmann::json StrategyEvaluationEditRequestBody(const EvaluationFormValues& v, std::vector<size_t>& row_of_question) {
  nlohmann::json questions = nlohmann::json::array();
  for (size_t i = 0; i < v.rows.size(); ++i) {
    const auto& row = v.rows[i];
    if (IsBlank(row)) continue;
    row_of_question.push_back(i);
    questions.push_back({{"question_nb", row.at("question_nb")},
                         {"question_en", row.at("question_en")},
                         {"answer", row.at("answer").empty() ? std::string(kNotAssessed) : row.at("answer")},
                         {"comment_nb", row.at("comment_nb")},
                         {"comment_en", row.at("comment_en")}});
  }
  return {{"key", v.text.at("key")},
          {"title_nb", v.text.at("title_nb")},
          {"title_en", v.text.at("title_en")},
          {"date", TypedDateToIso(v.text.at("date"))},
          {"source", v.text.at("source")},
          {"status_scale", v.text.at("status_scale")},
          {"questions", questions},
          {"version", v.version}};
}

// The problems of a refused save by the form's fields: "questions[2].answer"
// belongs to the field "answer" of the row the third question came from,
// and "no question" to the first question's text.
FormProblems StrategyEvaluationEditProblems(const Failure& f, const EvaluationFormValues& v, const std::vector<size_t>& row_of_question,
                      const Catalogue& t) {
  std::vector<FieldProblem> problems = f.problems();
  if (problems.empty()) problems.push_back({f.field(), f.what(), f.rule(), f.params()});
  for (auto& p : problems) {
    if (p.field == "questions") {
      p.field = RowField(0, "question_nb");
      continue;
    }
    if (p.field.rfind("questions[", 0) != 0) continue;
    size_t close = p.field.find("].");
    if (close == std::string::npos) continue;
    size_t index = std::stoul(p.field.substr(10, close - 10));
    if (index < row_of_question.size()) p.field = RowField(row_of_question[index], p.field.substr(close + 2));
  }
  std::vector<std::string> known = kStrategyEvaluationEditFields;
  for (size_t i = 0; i < std::max<size_t>(v.rows.size(), 1); ++i) {
    for (const auto& q : kQuestionFields) known.push_back(RowField(i, q));
  }
  return ProblemsForForm(Failure::Invalid(problems), known, t);
}

struct StrategyEvaluationEditFormState {
  FormProblems problems;
  bool stale = false;
  std::string stale_text, stale_by;
};

std::string TitleOf(const StrategyEvaluation& e, const Catalogue& t) {
  return t.lang() == "en" && !e.title_en.empty() ? e.title_en : e.title_nb;
}

std::string ScaleName(const StatusScaleRecord& s, const Catalogue& t) {
  return t.lang() == "en" && !s.name_en.empty() ? s.name_en : s.name_nb;
}

std::string StrategyAnchor(const Strategy& s, const std::string& query, const std::string& anchor) {
  return UrlFor(routes::kStrategy, s.key) + query + "#" + anchor;
}

Response EvaluationForm(RequestContext& ctx, const Strategy& strategy, const std::optional<StrategyEvaluation>& existing,
                        EvaluationFormValues v, const StrategyEvaluationEditFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  if (v.rows.empty()) v.rows.push_back(BlankRow());
  auto field = [&](const std::string& name, const std::string& label_key, FormField::Kind kind,
                   const std::string& value) {
    FormField f;
    f.name = name;
    f.label = t.Text(label_key);
    f.kind = kind;
    f.value = value;
    if (auto it = state.problems.by_field.find(name); it != state.problems.by_field.end()) f.error = it->second;
    return f;
  };
  auto top = [&](const std::string& name, FormField::Kind kind = FormField::Kind::kText) {
    return field(name, "evaluation_field_" + name, kind, v.text.count(name) ? v.text.at(name) : "");
  };
  std::vector<FormField> fields;
  if (!existing) {
    FormField key = top("key");
    key.required = true;
    key.hint = t.Text("evaluation_field_key_hint");
    fields.push_back(key);
  }
  FormField title_nb = top("title_nb");
  title_nb.required = true;
  fields.push_back(title_nb);
  FormField title_en = top("title_en");
  title_en.hint = t.Text("evaluation_field_title_en_hint");
  fields.push_back(title_en);
  FormField date = top("date");
  date.required = true;
  date.hint = t.Text("evaluation_field_date_hint");
  fields.push_back(date);
  FormField source = top("source");
  source.hint = t.Text("evaluation_field_source_hint");
  fields.push_back(source);
  FormField scale = top("status_scale", FormField::Kind::kSelect);
  scale.required = true;
  scale.hint = t.Text("evaluation_field_status_scale_hint");
  std::optional<StatusScaleRecord> chosen;
  for (const auto& s : StatusScaleRecordsStored(ctx.db())) {
    scale.options.push_back({s.key, ScaleName(s, t)});
    if (s.key == scale.value) chosen = s;
  }
  if (!chosen && !scale.value.empty()) scale.options.insert(scale.options.begin(), {scale.value, scale.value});
  fields.push_back(scale);

  std::vector<FormField> every = fields;  // for the error summary, in the form's order
  mstch::array questions;
  for (size_t i = 0; i < v.rows.size(); ++i) {
    const auto& row = v.rows[i];
    std::vector<FormField> qf;
    for (const auto& name : kQuestionFields) {
      bool multi = name.rfind("comment", 0) == 0;
      FormField f = field(RowField(i, name), "evaluation_field_" + name,
                          name == "answer" ? FormField::Kind::kSelect
                                           : (multi ? FormField::Kind::kTextarea : FormField::Kind::kText),
                          row.at(name));
      if (name == "answer") {
        bool offered = f.value == kNotAssessed || f.value.empty();
        if (chosen) {
          for (const auto& level : chosen->levels) {
            f.options.push_back({level.key, t.lang() == "en" && !level.name_en.empty() ? level.name_en : level.name_nb});
            offered = offered || level.key == f.value;
          }
        }
        f.options.push_back({std::string(kNotAssessed), t.Text("evaluation_answer_not_assessed")});
        // An answer the chosen scale has no level for stays as it was, said to be off the scale.
        if (!offered) f.options.insert(f.options.begin(), {f.value, t.Format("evaluation_answer_off_scale", {{"answer", f.value}})});
      }
      qf.push_back(f);
    }
    const std::string legend = t.Format("evaluation_question_legend", {{"number", std::to_string(i + 1)}});
    for (FormField f : qf) {
      f.label = legend + ", " + f.label;  // the summary says which question
      every.push_back(std::move(f));
    }
    questions.push_back(mstch::map{{"legend", legend}, {"form", FormView(qf)}});
  }

  const std::string strategy_url = UrlFor(routes::kStrategy, strategy.key);
  const std::string heading = existing ? t.Format("evaluation_edit_title", {{"title", TitleOf(*existing, t)}})
                                       : t.Format("evaluation_new_title", {{"strategy", strategy.name}});
  const std::string back = existing ? StrategyAnchor(strategy, "", "evaluering-" + existing->key)
                                    : StrategyAnchor(strategy, "", "evalueringer-heading");
  mstch::map view{
      {"edit_title", heading},
      {"form", FormView(fields)},
      {"all", FormView(every)},
      {"questions", questions},
      {"rows", std::to_string(v.rows.size())},
      {"version", std::to_string(v.version)},
      {"action", existing ? UrlFor(routes::kStrategyEvaluationEdit, strategy.key, existing->key)
                          : UrlFor(routes::kNewStrategyEvaluation, strategy.key)},
      {"cancel_url", back},
      {"current_url", back},
      {"stale", state.stale},
      {"stale_text", state.stale_text},
      {"has_stale_by", !state.stale_by.empty()},
      {"stale_by", state.stale_by},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", strategy_url}, {"text", strategy.name}}}},
  };
  return RenderPage(ctx, "strategy_evaluation_edit", heading, std::move(view), "", status);
}

// The strategy of the address, for a user who may keep its evaluations
// (kForbidden, rule "evaluation_forbidden", for others).
Strategy EditableStrategy(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("key"));
  if (!MayKeepEvaluations(user)) {
    throw Failure(FailureCode::kForbidden, "only an admin may keep strategy evaluations", "role",
                  "evaluation_forbidden", {});
  }
  return s;
}

Response StrategyEvaluationEditSave(RequestContext& ctx, const Strategy& strategy, const std::optional<StrategyEvaluation>& existing) {
  EvaluationFormValues v = StrategyEvaluationEditFromForm(ctx.Form());
  if (existing) v.text["key"] = existing->key;  // the key cannot change
  if (!ctx.Form().Get("more").empty()) {        // another empty question, nothing saved
    v.rows.push_back(BlankRow());
    return EvaluationForm(ctx, strategy, existing, v, {}, kHttpOk);
  }
  const Catalogue& t = PageCatalogue(ctx);
  std::vector<size_t> row_of_question;
  nlohmann::json body = StrategyEvaluationEditRequestBody(v, row_of_question);
  try {
    StrategyEvaluation saved =
        existing ? ReplaceStrategyEvaluation(ctx.db(), ctx.RequireUser(), strategy, existing->key, body)
                 : CreateStrategyEvaluation(ctx.db(), ctx.RequireUser(), strategy, body);
    return Response::Redirect(StrategyAnchor(strategy, "?evaluering=lagret", "evaluering-" + saved.key));
  } catch (const Failure& f) {
    StrategyEvaluationEditFormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      std::map<std::string, std::string> p(f.params().begin(), f.params().end());
      state.stale = true;
      state.stale_text = t.Format("evaluation_stale", {{"seen", p["seen"]}, {"current", p["current"]}});
      if (!p["by"].empty()) state.stale_by = t.Format("evaluation_stale_by", {{"by", p["by"]}});
    } else if (f.code() == FailureCode::kConflict && f.field() == "key") {
      state.problems.by_field["key"] = FailureText(t, f);
    } else if (f.code() == FailureCode::kInvalid) {
      state.problems = StrategyEvaluationEditProblems(f, v, row_of_question, t);
    } else {
      throw;
    }
    return EvaluationForm(ctx, strategy, existing, v, state, HttpStatus(f.code()));
  }
}

Response NewEvaluationPage(RequestContext& ctx) {
  Strategy strategy = EditableStrategy(ctx);
  EvaluationFormValues v;
  for (const auto& f : kStrategyEvaluationEditFields) v.text[f] = "";
  v.text["status_scale"] = strategy.status_scale.empty() ? std::string(kDefaultStatusScale) : strategy.status_scale;
  for (int i = 0; i < 3; ++i) v.rows.push_back(BlankRow());
  return EvaluationForm(ctx, strategy, std::nullopt, v, {}, kHttpOk);
}

Response CreateEvaluation(RequestContext& ctx) { return StrategyEvaluationEditSave(ctx, EditableStrategy(ctx), std::nullopt); }

Response EditEvaluationPage(RequestContext& ctx) {
  Strategy strategy = EditableStrategy(ctx);
  StrategyEvaluation e = FindStrategyEvaluation(ctx.db(), strategy, ctx.Param("evaluation"));
  return EvaluationForm(ctx, strategy, e, FromEvaluation(e, ctx.lang()), {}, kHttpOk);
}

Response UpdateEvaluation(RequestContext& ctx) {
  Strategy strategy = EditableStrategy(ctx);
  return StrategyEvaluationEditSave(ctx, strategy, FindStrategyEvaluation(ctx.db(), strategy, ctx.Param("evaluation")));
}

Response StrategyEvaluationEditDeletePage(RequestContext& ctx, const Strategy& strategy, const StrategyEvaluation& e, const std::string& error,
                    int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string title = TitleOf(e, t);
  FormField confirm;
  confirm.name = "confirm";
  confirm.label = t.Text("evaluation_delete_confirm_label");
  confirm.kind = FormField::Kind::kCheckboxes;
  confirm.options = {{"yes", t.Format("evaluation_delete_confirm", {{"title", title}})}};
  confirm.error = error;
  const std::string heading = t.Format("evaluation_delete_title", {{"title", title}});
  const std::string back = StrategyAnchor(strategy, "", "evaluering-" + e.key);
  mstch::map view{
      {"edit_title", heading},
      {"form", FormView({confirm})},
      {"all", FormView({confirm})},
      {"is_delete", true},
      {"version", std::to_string(e.version)},
      {"action", UrlFor(routes::kStrategyEvaluationDelete, strategy.key, e.key)},
      {"cancel_url", back},
      {"current_url", back},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kStrategy, strategy.key)}, {"text", strategy.name}}}},
  };
  return RenderPage(ctx, "strategy_evaluation_edit", heading, std::move(view), "", status);
}

Response StrategyEvaluationEditConfirmDeletePage(RequestContext& ctx) {
  Strategy strategy = EditableStrategy(ctx);
  return StrategyEvaluationEditDeletePage(ctx, strategy, FindStrategyEvaluation(ctx.db(), strategy, ctx.Param("evaluation")), "", kHttpOk);
}

Response StrategyEvaluationEditDelete(RequestContext& ctx) {
  Strategy strategy = EditableStrategy(ctx);
  StrategyEvaluation e = FindStrategyEvaluation(ctx.db(), strategy, ctx.Param("evaluation"));
  const FormData& form = ctx.Form();
  const Catalogue& t = PageCatalogue(ctx);
  if (form.Get("confirm") != "yes") {
    return StrategyEvaluationEditDeletePage(ctx, strategy, e, t.Text("evaluation_delete_not_confirmed"), HttpStatus(FailureCode::kInvalid));
  }
  try {
    DeleteStrategyEvaluation(ctx.db(), ctx.RequireUser(), strategy, e.key, FormVersion(form));
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    return StrategyEvaluationEditDeletePage(ctx, strategy, e, FailureText(t, f), HttpStatus(f.code()));
  }
  return Response::Redirect(StrategyAnchor(strategy, "?evaluering=slettet", "evalueringer-heading"));
}

}  // namespace

void RegisterStrategyEvaluationEditRoutes(Router& router) {
  router.Add("GET", routes::kNewStrategyEvaluation, NewEvaluationPage);
  router.Add("POST", routes::kNewStrategyEvaluation, CreateEvaluation);
  router.Add("GET", routes::kStrategyEvaluationEdit, EditEvaluationPage);
  router.Add("POST", routes::kStrategyEvaluationEdit, UpdateEvaluation);
  router.Add("GET", routes::kStrategyEvaluationDelete, StrategyEvaluationEditConfirmDeletePage);
  router.Add("POST", routes::kStrategyEvaluationDelete, StrategyEvaluationEditDelete);
}

}  // namespace fremdrift
