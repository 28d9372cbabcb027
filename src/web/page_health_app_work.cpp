#include "web/page_health_app_work.h"

#include "app/app_catalogues.h"
#include "app/health_app_queries.h"
#include "app/health_app_service.h"
#include "domain/failure.h"
#include "render/health_app_work_view.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "storage/system_clock.h"
#include "web/error_response.h"
#include "web/form_data.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {


std::string HealthAppWorkToday() { return SystemClock().TodayUtc().ToIso(); }

std::string EvaluationUrl(int64_t id) { return UrlFor(routes::kHealthAppWorkEvaluation, id); }

// The texts of a refused change, one per problem.
std::vector<std::string> ErrorTexts(const Failure& f, const Catalogue& t) {
  std::vector<std::string> out;
  for (const auto& p : f.problems()) out.push_back(ProblemText(t, p));
  if (out.empty()) out.push_back(FailureText(t, f));
  return out;
}

bool Recoverable(const Failure& f) { return f.code() == FailureCode::kInvalid || f.code() == FailureCode::kConflict; }

std::vector<std::string> EvaluatorNames(RequestContext& ctx, const User& actor) {
  std::vector<std::string> out;
  if (actor.role != Role::kAdmin) return out;
  for (const auto& e : ListApprovedEvaluators(ctx.db())) out.push_back(e);
  return out;
}

Response HealthAppWorkPage(RequestContext& ctx, const std::string& templ, const std::string& title, mstch::map view,
              int status = kHttpOk) {
  view["nav_health_apps"] = true;
  view["saved"] = ctx.Query("lagret").has_value();
  return RenderPage(ctx, templ, title, std::move(view), "health_apps", status);
}

Response WorkList(RequestContext& ctx, const std::vector<std::string>& errors = {}, int status = kHttpOk) {
  const User& actor = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  WorkListInput in;
  in.cases = ListEvaluationCases(ctx.db(), actor);
  in.vendor_apps = ListVendorApps(ctx.db(), actor);
  in.is_admin = actor.role == Role::kAdmin;
  in.evaluators = EvaluatorNames(ctx, actor);
  if (in.is_admin) in.vendors = ListVendors(ctx.db());
  in.may_register = MayRegisterApps(ctx.db(), actor);
  mstch::map view = HealthAppWorkListView(in, t);
  mstch::array errs;
  for (const auto& e : errors) errs.push_back(mstch::map{{"text", e}});
  view["errors"] = errs;
  view["has_errors"] = !errors.empty();
  view["new_app_url"] = UrlFor(routes::kHealthAppWorkNewApp);
  view["approve_action"] = UrlFor(routes::kHealthAppWorkEvaluators);
  view["invite_action"] = UrlFor(routes::kHealthAppWorkInvitation);
  return HealthAppWorkPage(ctx, "health_app_work", t.Text("haw_title"), std::move(view), status);
}

Response WorkListGet(RequestContext& ctx) { return WorkList(ctx); }

// The fields of the app form, as the use case reads them.
nlohmann::json AppFieldsFromForm(const FormData& form) {
  nlohmann::json in = nlohmann::json::object();
  for (const char* f : {"name", "app_version", "intended_users", "intended_use", "description", "contact_name",
                        "contact_email"}) {
    if (auto v = form.Find(f)) in[f] = *v;
  }
  if (auto level = form.Find("category_level")) in["category_level"] = *level;
  in["platforms"] = form.GetAll("platforms");
  nlohmann::json groups = nlohmann::json::array();
  std::string text = form.Get("target_groups");
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string g = text.substr(start, end - start);
    while (!g.empty() && g.front() == ' ') g.erase(0, 1);
    while (!g.empty() && g.back() == ' ') g.pop_back();
    if (!g.empty()) groups.push_back(g);
    start = end + 1;
  }
  in["target_groups"] = groups;
  in["needs_approval"] = form.Get("needs_approval") == "yes";
  return in;
}

Response NewAppPage(RequestContext& ctx, const nlohmann::json& values, const std::vector<std::string>& errors,
                    int status) {
  ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array levels;
  if (auto c = NewestCatalogue(ctx.db())) {
    for (const auto& l : c->levels) {
      if (!l.in_scheme) continue;
      levels.push_back(mstch::map{{"value", l.key}, {"text", l.name.In(t.lang())},
                                  {"selected", values.value("category_level", "") == l.key}});
    }
  }
  mstch::array platforms;
  for (const char* p : kAppPlatforms) {
    bool on = false;
    if (values.contains("platforms")) {
      for (const auto& x : values["platforms"]) on = on || x == p;
    }
    platforms.push_back(mstch::map{{"value", std::string(p)}, {"text", t.Text(std::string("ha_platform_") + p)}, {"checked", on}});
  }
  mstch::array errs;
  for (const auto& e : errors) errs.push_back(mstch::map{{"text", e}});
  auto v = [&](const char* k) { return values.contains(k) && values[k].is_string() ? values[k].get<std::string>() : ""; };
  mstch::map view{{"action", UrlFor(routes::kHealthAppWorkNewApp)},
                  {"levels", levels},
                  {"platforms", platforms},
                  {"key", v("key")},
                  {"name", v("name")},
                  {"app_version", v("app_version")},
                  {"intended_users", v("intended_users")},
                  {"intended_use", v("intended_use")},
                  {"description", v("description")},
                  {"contact_name", v("contact_name")},
                  {"contact_email", v("contact_email")},
                  {"errors", errs},
                  {"has_errors", !errors.empty()}};
  return HealthAppWorkPage(ctx, "health_app_new", t.Text("haw_new_app"), std::move(view), status);
}

Response NewAppGet(RequestContext& ctx) { return NewAppPage(ctx, nlohmann::json::object(), {}, kHttpOk); }

Response NewAppPost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  nlohmann::json in = AppFieldsFromForm(ctx.Form());
  in["key"] = ctx.Form().Get("key");
  try {
    HealthApp a = RegisterHealthApp(ctx.db(), actor, in);
    return Response::Redirect(UrlFor(routes::kHealthAppWork) + "?lagret=1");
  } catch (const Failure& f) {
    if (!Recoverable(f)) throw;
    return NewAppPage(ctx, in, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
}

Response StartPost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  try {
    Evaluation e = StartEvaluation(ctx.db(), actor, ctx.Param("key"), nlohmann::json::object());
    return Response::Redirect(EvaluationUrl(e.id));
  } catch (const Failure& f) {
    if (!Recoverable(f)) throw;
    return WorkList(ctx, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
}

// The page index of the address: pages are numbered from 1 there.
int PageParam(RequestContext& ctx, const EvaluationCase& c) {
  if (!ctx.params.count("page")) return 0;
  int page = static_cast<int>(ctx.IdParam("page")) - 1;
  if (page < 0 || page >= EvaluationFormPages(c)) throw Failure(FailureCode::kNotFound, "no such page");
  return page;
}

Response HealthAppWorkFormPage(RequestContext& ctx, int64_t id, int page, const std::vector<std::string>& errors, int status) {
  const User& actor = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  EvaluationCase c = LoadEvaluationCase(ctx.db(), actor, id);
  mstch::map view = EvaluationFormView(c, page, errors, t);
  return HealthAppWorkPage(ctx, "health_app_form", c.app.name + " – " + t.Text("haw_form_title"), std::move(view), status);
}

Response FormGet(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  int64_t id = ctx.IdParam("id");
  EvaluationCase c = LoadEvaluationCase(ctx.db(), actor, id);
  return HealthAppWorkFormPage(ctx, id, PageParam(ctx, c), {}, kHttpOk);
}

Response FormPost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  int64_t id = ctx.IdParam("id");
  EvaluationCase c = LoadEvaluationCase(ctx.db(), actor, id);
  int page = PageParam(ctx, c);
  const FormData& form = ctx.Form();
  try {
    if (page == 0) {
      nlohmann::json in = AppFieldsFromForm(form);
      in.erase("category_level");
      in["version"] = FormVersion(form);
      UpdateHealthApp(ctx.db(), actor, c.app.key, in);
    } else {
      nlohmann::json answers = nlohmann::json::array();
      for (const Requirement* r : ApplicableRequirements(c.catalogue, c.app.category_level)) {
        if (r->area != c.catalogue.areas.at(page - 1).key) continue;
        std::string answer = form.Get("answer_" + r->key);
        if (answer.empty()) continue;  // a draft may leave questions open
        answers.push_back({{"requirement", r->key}, {"answer", answer}, {"evidence", form.Get("evidence_" + r->key)}});
      }
      SaveAnswers(ctx.db(), actor, id, {{"answers", answers}});
    }
  } catch (const Failure& f) {
    if (!Recoverable(f)) throw;
    return HealthAppWorkFormPage(ctx, id, page, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
  std::string go = form.Get("go");
  int next = go == "next" ? page + 1 : go == "back" ? page - 1 : page;
  if (next < 0 || next >= EvaluationFormPages(c)) next = page;
  const std::string next_url = UrlFor(routes::kHealthAppWorkEvaluationPage, id, next + 1);
  return Response::Redirect(next == page ? UrlWithQuery(next_url, {{"lagret", "1"}}) : next_url);
}

Response SubmitPost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  int64_t id = ctx.IdParam("id");
  try {
    SubmitEvaluation(ctx.db(), actor, id, HealthAppWorkToday());
    return Response::Redirect(EvaluationUrl(id) + "?lagret=1");
  } catch (const Failure& f) {
    if (!Recoverable(f)) throw;
    EvaluationCase c = LoadEvaluationCase(ctx.db(), actor, id);
    return HealthAppWorkFormPage(ctx, id, EvaluationFormPages(c) - 1, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
}

Response ReviewPage(RequestContext& ctx, int64_t id, const std::vector<std::string>& errors, int status) {
  const User& actor = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  EvaluationCase c = LoadEvaluationCase(ctx.db(), actor, id);
  mstch::map view = EvaluationReviewView(c, EvaluatorNames(ctx, actor), errors, t);
  return HealthAppWorkPage(ctx, "health_app_review", c.app.name + " – " + t.Text("haw_review_title"), std::move(view), status);
}

Response ReviewGet(RequestContext& ctx) { return ReviewPage(ctx, ctx.IdParam("id"), {}, kHttpOk); }

// Runs `change`; on a refusal shows the review page with the problems.
template <typename F>
Response ReviewChange(RequestContext& ctx, F change) {
  int64_t id = ctx.IdParam("id");
  try {
    change(ctx.RequireUser(), id);
    return Response::Redirect(UrlWithQuery(UrlFor(routes::kHealthAppWorkEvaluationReview, id), {{"lagret", "1"}}));
  } catch (const Failure& f) {
    if (!Recoverable(f)) throw;
    return ReviewPage(ctx, id, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
}

Response ReviewPost(RequestContext& ctx) {
  return ReviewChange(ctx, [&](const User& actor, int64_t id) {
    EvaluationCase c = LoadEvaluationCase(ctx.db(), actor, id);
    nlohmann::json reviews = nlohmann::json::array();
    for (const Requirement* r : ApplicableRequirements(c.catalogue, c.app.category_level)) {
      std::string verdict = ctx.Form().Get("verdict_" + r->key);
      if (verdict.empty()) continue;
      reviews.push_back({{"requirement", r->key}, {"verdict", verdict}, {"comment", ctx.Form().Get("comment_" + r->key)}});
    }
    SaveReviews(ctx.db(), actor, id, {{"reviews", reviews}}, HealthAppWorkToday());
  });
}

Response RequestPost(RequestContext& ctx) {
  return ReviewChange(ctx, [&](const User& actor, int64_t id) { RequestDocumentation(ctx.db(), actor, id); });
}

Response AssignPost(RequestContext& ctx) {
  return ReviewChange(ctx, [&](const User& actor, int64_t id) {
    AssignEvaluator(ctx.db(), actor, id, ctx.Form().Get("evaluator"));
  });
}

Response DecidePost(RequestContext& ctx) {
  return ReviewChange(ctx, [&](const User& actor, int64_t id) {
    DecideEvaluation(ctx.db(), actor, id, ctx.Form().Get("decision"), ctx.Form().Get("reason"), HealthAppWorkToday());
  });
}

Response WithdrawPost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  int64_t id = ctx.IdParam("id");
  try {
    DecideEvaluation(ctx.db(), actor, id, "withdrawn", ctx.Form().Get("reason"), HealthAppWorkToday());
    return Response::Redirect(EvaluationUrl(id) + "?lagret=1");
  } catch (const Failure& f) {
    if (!Recoverable(f)) throw;
    return HealthAppWorkFormPage(ctx, id, 0, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
}

Response HealthAppWorkApprovePost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  try {
    ApproveEvaluator(ctx.db(), actor, ctx.Form().Get("name"), HealthAppWorkToday());
    return Response::Redirect(UrlFor(routes::kHealthAppWork) + "?lagret=1");
  } catch (const Failure& f) {
    if (!Recoverable(f) && f.code() != FailureCode::kNotFound) throw;
    return WorkList(ctx, ErrorTexts(f, PageCatalogue(ctx)), FormStatus(f));
  }
}

}  // namespace

void RegisterHealthAppWorkPages(Router& router) {
  router.Add("GET", routes::kHealthAppWork, WorkListGet);
  router.Add("GET", routes::kHealthAppWorkNewApp, NewAppGet);
  router.Add("POST", routes::kHealthAppWorkNewApp, NewAppPost);
  router.Add("POST", routes::kHealthAppWorkEvaluators, HealthAppWorkApprovePost);
  router.Add("POST", routes::kHealthAppWorkStartEvaluation, StartPost);
  router.Add("GET", routes::kHealthAppWorkEvaluation, FormGet);
  router.Add("GET", routes::kHealthAppWorkEvaluationPage, FormGet);
  router.Add("POST", routes::kHealthAppWorkEvaluationPage, FormPost);
  router.Add("POST", routes::kHealthAppWorkEvaluationSubmit, SubmitPost);
  router.Add("POST", routes::kHealthAppWorkEvaluationWithdraw, WithdrawPost);
  router.Add("GET", routes::kHealthAppWorkEvaluationReview, ReviewGet);
  router.Add("POST", routes::kHealthAppWorkEvaluationReview, ReviewPost);
  router.Add("POST", routes::kHealthAppWorkEvaluationRequestDocumentation, RequestPost);
  router.Add("POST", routes::kHealthAppWorkEvaluationAssign, AssignPost);
  router.Add("POST", routes::kHealthAppWorkEvaluationDecide, DecidePost);
}

}  // namespace fremdrift
