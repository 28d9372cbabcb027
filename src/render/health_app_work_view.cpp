#include "render/health_app_work_view.h"

#include "domain/health_app_label.h"
#include "render/health_app_label_svg.h"
#include "render/health_app_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

std::string EvaluationUrl(int64_t id) { return UrlFor(routes::kHealthAppWorkEvaluation, id); }
std::string ReviewUrl(int64_t id) { return UrlFor(routes::kHealthAppWorkEvaluationReview, id); }
// Page `number` (from 1) of the evaluation form.
std::string FormPageUrl(int64_t id, int number) { return UrlFor(routes::kHealthAppWorkEvaluationPage, id, number); }

mstch::array Errors(const std::vector<std::string>& errors) {
  mstch::array out;
  for (const auto& e : errors) out.push_back(mstch::map{{"text", e}});
  return out;
}

std::string AreaName(const AppCatalogue& c, const std::string& key, const Catalogue& t) {
  for (const auto& a : c.areas) {
    if (a.key == key) return a.name.In(t.lang());
  }
  return key;
}

// The applicable requirements of `c` in area `area`.
std::vector<const Requirement*> AreaRequirements(const EvaluationCase& c, const std::string& area) {
  std::vector<const Requirement*> out;
  for (const Requirement* r : ApplicableRequirements(c.catalogue, c.app.category_level)) {
    if (r->area == area) out.push_back(r);
  }
  return out;
}

mstch::map RequirementBase(const Requirement& r, const Catalogue& t) {
  mstch::array links;
  for (const auto& l : r.best_practice) links.push_back(mstch::map{{"url", l}});
  std::string text_lang = t.lang() == "en" && !r.text.en.empty() ? "en" : "nb";
  std::string guidance = r.guidance.In(t.lang());
  return mstch::map{{"key", r.key},
                    {"text", r.text.In(t.lang())},
                    {"text_lang", text_lang},
                    {"guidance", guidance},
                    {"has_guidance", !guidance.empty()},
                    {"links", links},
                    {"has_links", !links.empty()}};
}

}  // namespace

std::string EvaluationStateText(const Evaluation& e, const Catalogue& t) {
  if (e.state == EvaluationState::kDecided) {
    return t.Format("haw_state_decided", {{"decision", t.Text("ha_decision_" + DecisionKey(e.decision))}});
  }
  return t.Text("haw_state_" + StateKey(e.state));
}

mstch::map HealthAppWorkListView(const WorkListInput& in, const Catalogue& t) {
  mstch::array cases;
  for (const auto& c : in.cases) {
    cases.push_back(mstch::map{{"app", c.app.name},
                               {"url", EvaluationUrl(c.evaluation.id)},
                               {"review_url", ReviewUrl(c.evaluation.id)},
                               {"state", EvaluationStateText(c.evaluation, t)},
                               {"catalogue", CatalogueLabel(c.catalogue)},
                               {"evaluator", c.evaluation.evaluator.empty() ? t.Text("haw_no_evaluator") : c.evaluation.evaluator}});
  }
  mstch::array apps;
  for (const auto& a : in.vendor_apps) {
    bool open = false;
    for (const auto& c : in.cases) open = open || (c.app.id == a.id && c.evaluation.state != EvaluationState::kDecided);
    apps.push_back(mstch::map{{"name", a.name},
                              {"key", a.key},
                              {"public_url", UrlFor(routes::kHealthApp, a.key)},
                              {"start_url", UrlFor(routes::kHealthAppWorkStartEvaluation, a.key)},
                              {"has_open", open}});
  }
  mstch::array evaluators;
  for (const auto& e : in.evaluators) evaluators.push_back(mstch::map{{"name", e}});
  mstch::array vendors;
  for (const auto& [key, name] : in.vendors) vendors.push_back(mstch::map{{"value", key}, {"text", name}});
  return mstch::map{{"cases", cases},           {"has_cases", !cases.empty()},
                    {"apps", apps},             {"has_apps", !apps.empty()},
                    {"is_admin", in.is_admin},  {"evaluators", evaluators},
                    {"has_evaluators", !evaluators.empty()},
                    {"vendors", vendors},
                    {"has_vendors", !vendors.empty()},
                    {"may_register", in.may_register}};
}

int EvaluationFormPages(const EvaluationCase& c) { return 1 + static_cast<int>(c.catalogue.areas.size()); }

mstch::map EvaluationFormView(const EvaluationCase& c, int page, const std::vector<std::string>& errors,
                              const Catalogue& t) {
  int pages = EvaluationFormPages(c);
  const HealthApp& a = c.app;
  mstch::map view{{"app", a.name},
                  {"id", std::to_string(c.evaluation.id)},
                  {"action", FormPageUrl(c.evaluation.id, page + 1)},
                  {"submit_action", UrlFor(routes::kHealthAppWorkEvaluationSubmit, c.evaluation.id)},
                  {"withdraw_action", UrlFor(routes::kHealthAppWorkEvaluationWithdraw, c.evaluation.id)},
                  {"review_url", ReviewUrl(c.evaluation.id)},
                  {"step_text", t.Format("haw_step", {{"page", std::to_string(page + 1)}, {"pages", std::to_string(pages)}})},
                  {"state_text", EvaluationStateText(c.evaluation, t)},
                  {"catalogue", CatalogueLabel(c.catalogue)},
                  {"is_app_page", page == 0},
                  {"has_back", page > 0},
                  {"has_next", page + 1 < pages},
                  {"is_last", page + 1 == pages},
                  {"may_answer", c.may_answer},
                  {"may_submit", c.may_submit},
                  {"may_withdraw", c.may_withdraw},
                  {"version", std::to_string(a.version)},
                  {"errors", Errors(errors)},
                  {"has_errors", !errors.empty()}};
  mstch::array links;
  for (int i = 0; i < pages; ++i) {
    links.push_back(mstch::map{{"url", FormPageUrl(c.evaluation.id, i + 1)},
                               {"text", i == 0 ? t.Text("haw_page_app") : c.catalogue.areas[i - 1].name.In(t.lang())},
                               {"current", i == page}});
  }
  view["page_links"] = links;
  if (page == 0) {
    view["page_title"] = t.Text("haw_page_app");
    view["manufacturer"] = ManufacturerName(a);
    view["contact_name"] = a.contact_name;
    view["contact_email"] = a.contact_email;
    view["name"] = a.name;
    view["app_version"] = a.app_version;
    view["intended_users"] = a.intended_users;
    view["intended_use"] = a.intended_use;
    view["description"] = a.description;
    view["level"] = LevelName(c.catalogue, a.category_level, t);
    mstch::array platforms;
    for (const char* p : kAppPlatforms) {
      bool on = false;
      for (const auto& x : a.platforms) on = on || x == p;
      platforms.push_back(mstch::map{{"value", std::string(p)}, {"text", t.Text(std::string("ha_platform_") + p)}, {"checked", on}});
    }
    view["platforms"] = platforms;
    view["needs_approval"] = a.needs_approval;
    std::string groups;
    for (const auto& g : a.target_groups) groups += (groups.empty() ? "" : ", ") + g;
    view["target_groups"] = groups;
    return view;
  }
  const RequirementArea& area = c.catalogue.areas.at(page - 1);
  view["page_title"] = area.name.In(t.lang());
  mstch::array reqs;
  for (const Requirement* r : AreaRequirements(c, area.key)) {
    mstch::map m = RequirementBase(*r, t);
    const RequirementAnswer* ans = FindAnswer(c.evaluation, r->key);
    const RequirementReview* rev = FindReview(c.evaluation, r->key);
    m["answer_yes"] = ans && ans->answer == Answer::kYes;
    m["answer_no"] = ans && ans->answer == Answer::kNo;
    m["answer_nr"] = ans && ans->answer == Answer::kNotRelevant;
    m["evidence"] = ans ? ans->evidence : std::string();
    m["has_review"] = rev != nullptr;
    m["verdict_text"] = rev ? t.Text("haw_verdict_" + VerdictKey(rev->verdict)) : std::string();
    m["needs_more"] = rev && rev->verdict == Verdict::kMoreDocumentation;
    m["comment"] = rev ? rev->comment : std::string();
    m["has_comment"] = rev && !rev->comment.empty();
    reqs.push_back(m);
  }
  view["requirements"] = reqs;
  return view;
}

mstch::map EvaluationReviewView(const EvaluationCase& c, const std::vector<std::string>& evaluators,
                                const std::vector<std::string>& errors, const Catalogue& t) {
  mstch::array areas;
  for (const auto& area : c.catalogue.areas) {
    mstch::array reqs;
    for (const Requirement* r : AreaRequirements(c, area.key)) {
      mstch::map m = RequirementBase(*r, t);
      const RequirementAnswer* ans = FindAnswer(c.evaluation, r->key);
      const RequirementReview* rev = FindReview(c.evaluation, r->key);
      m["answer_text"] = ans ? t.Text("haw_answer_" + AnswerKey(ans->answer)) : t.Text("haw_no_answer");
      m["evidence"] = ans ? ans->evidence : std::string();
      m["has_evidence"] = ans && !ans->evidence.empty();
      m["verdict_accepted"] = rev && rev->verdict == Verdict::kAccepted;
      m["verdict_not"] = rev && rev->verdict == Verdict::kNotAccepted;
      m["verdict_more"] = rev && rev->verdict == Verdict::kMoreDocumentation;
      m["verdict_text"] = rev ? t.Text("haw_verdict_" + VerdictKey(rev->verdict)) : t.Text("haw_no_verdict");
      m["comment"] = rev ? rev->comment : std::string();
      reqs.push_back(m);
    }
    areas.push_back(mstch::map{{"name", area.name.In(t.lang())}, {"requirements", reqs}});
  }
  mstch::array options;
  for (const auto& e : evaluators) {
    options.push_back(mstch::map{{"name", e}, {"selected", e == c.evaluation.evaluator}});
  }
  LabelGrades preview = ComputeLabelGrades(c.catalogue, c.app.category_level, c.evaluation);
  mstch::array grades;
  for (const auto& g : preview.areas) {
    std::string name = g.label_area;
    for (const auto& la : c.catalogue.label_areas) {
      if (la.key == g.label_area) name = la.name.In(t.lang());
    }
    grades.push_back(mstch::map{{"name", name}, {"grade", g.grade.empty() ? t.Text("ha_not_graded") : g.grade},
                                {"met", std::to_string(g.met)}, {"counted", std::to_string(g.counted)}});
  }
  const int64_t id = c.evaluation.id;
  return mstch::map{{"app", c.app.name},
                    {"manufacturer", ManufacturerName(c.app)},
                    {"form_url", EvaluationUrl(id)},
                    {"action", ReviewUrl(id)},
                    {"request_action", UrlFor(routes::kHealthAppWorkEvaluationRequestDocumentation, id)},
                    {"assign_action", UrlFor(routes::kHealthAppWorkEvaluationAssign, id)},
                    {"decide_action", UrlFor(routes::kHealthAppWorkEvaluationDecide, id)},
                    {"state_text", EvaluationStateText(c.evaluation, t)},
                    {"catalogue", CatalogueLabel(c.catalogue)},
                    {"evaluator", c.evaluation.evaluator},
                    {"has_evaluator", !c.evaluation.evaluator.empty()},
                    {"areas", areas},
                    {"may_review", c.may_review},
                    {"may_decide", c.may_decide},
                    {"evaluators", options},
                    {"has_evaluator_options", !options.empty()},
                    {"grades", grades},
                    {"overall", preview.overall.empty() ? t.Text("ha_not_graded") : preview.overall},
                    {"reason", c.evaluation.decision_reason},
                    {"errors", Errors(errors)},
                    {"has_errors", !errors.empty()}};
}

}  // namespace fremdrift
