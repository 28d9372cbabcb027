#include "web/page_period_state.h"

#include <nlohmann/json.hpp>

#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "render/form_view.h"
#include "render/report_urls.h"
#include "render/report_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_field_values.h"
#include "web/form_problems.h"
#include "web/object_history.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

constexpr PeriodState kAllStates[] = {PeriodState::kOpen, PeriodState::kInReview,
                                      PeriodState::kApproved, PeriodState::kPublished};

const User& RequireAdmin(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (user.role != Role::kAdmin) {
    throw Failure(FailureCode::kForbidden,
                  "Only administrators may create and move reporting periods.",
                  "", "periods_forbidden", {});
  }
  return user;
}

std::pair<Strategy, ReportingPeriod> AdminsPeriod(RequestContext& ctx) {
  RequireAdmin(ctx);
  return FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), ctx.Param("period"), Viewer::Internal());
}

// What the move forms hold: nothing typed yet, or the move the user sent.
struct MoveValues {
  std::string to;
  std::string reason;
  int64_t version = 0;
};

struct MoveState {
  FormProblems problems;
  bool stale = false;
};

mstch::array Breadcrumbs(const Catalogue& t, const Strategy& s, const ReportingPeriod& p) {
  return mstch::array{mstch::map{{"url", UrlFor(routes::kReports)}, {"text", t.Text("nav_reports")}},
                      mstch::map{{"url", ReportUrl(s.key, p.code)}, {"text", p.code}}};
}

Response PeriodStateStatePage(RequestContext& ctx, const Strategy& s, const ReportingPeriod& p,
                   const MoveValues& v, const MoveState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const User& user = RequireAdmin(ctx);
  const std::string url = PeriodStateUrl(s.key, p.code);
  // The moves the workflow allows from here (domain/reporting_period.h),
  // each with whether it needs a reason.
  mstch::array moves;
  std::vector<FormField> fields;
  // What is missing before review (app/reporting_round.h).
  int missing = p.state == PeriodState::kOpen ? MissingReports(ctx.db(), s, p) : 0;
  for (PeriodState to : kAllStates) {
    if (!TransitionRefusal(p, to, user, "a reason").empty()) continue;
    const std::string key(PeriodStateKey(to));
    bool needs_reason = !TransitionRefusal(p, to, user, "").empty();
    std::string button_key = "periods_move_" + key;
    if (needs_reason) button_key = "periods_move_reopen";
    // Going on to review with expected reports missing needs a reason too.
    bool gap = p.state == PeriodState::kOpen && to == PeriodState::kInReview && missing > 0;
    needs_reason = needs_reason || gap;
    mstch::map move{{"to", key},
                    {"button", t.Text(button_key)},
                    {"target_state", PeriodStateText(to, t)},
                    {"needs_reason", needs_reason}};
    if (needs_reason) {
      FormField reason;
      reason.name = "reason";
      reason.label = t.Text(gap ? "periods_field_gap_reason" : "periods_field_reason");
      reason.kind = FormField::Kind::kTextarea;
      reason.required = true;
      reason.hint = t.Text("periods_field_reason_hint");
      if (v.to == key) reason.value = v.reason;
      if (auto it = state.problems.by_field.find("reason"); it != state.problems.by_field.end()) {
        reason.error = it->second;
      }
      move["reason_field"] = FormFieldView(reason);
      fields.push_back(reason);
    }
    moves.push_back(move);
  }
  const std::string title = t.Format("periods_state_title", {{"period", p.code}});
  mstch::map view{
      {"heading", title},
      {"strategy_name", s.name},
      {"period_code", p.code},
      {"period_name", PeriodName(p.code, t)},
      {"period_title", p.title},
      {"has_period_title", !p.title.empty()},
      {"state_text", PeriodStateText(p.state, t)},
      {"report_url", ReportUrl(s.key, p.code)},
      {"form", FormView(fields)},
      {"moves", moves},
      {"has_moves", !moves.empty()},
      {"action", url},
      {"version", std::to_string(v.version)},
      {"current_url", url},
      {"stale", state.stale},
      {"saved", status == kHttpOk && ctx.Query("lagret").has_value()},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"breadcrumbs", Breadcrumbs(t, s, p)},
      {"has_missing", missing > 0},
      {"missing_text", t.Format("periods_missing_text", {{"n", std::to_string(missing)}})},
      {"coverage_url", UrlWithQuery(UrlFor(routes::kReportCoverage, p.code), {{"strategy", s.key}})},
      {"nav_reports", true},
  };
  view.merge(ObjectHistory(ctx, "reporting_period", p.id));
  return RenderPage(ctx, "period_state", title, std::move(view), "", status);
}

Response ShowState(RequestContext& ctx) {
  auto [s, p] = AdminsPeriod(ctx);
  MoveValues v;
  v.version = p.version;
  return PeriodStateStatePage(ctx, s, p, v, {}, kHttpOk);
}

Response MovePeriod(RequestContext& ctx) {
  auto [s, p] = AdminsPeriod(ctx);
  const FormData& form = ctx.Form();
  MoveValues v{form.Get("to"), form.Get("reason"), 0};
  try {
    v.version = std::stoll(form.Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  try {
    // The API's body: {"to", "reason", "version"}.
    TransitionPeriod(ctx.db(), ctx.RequireUser(), s, p, v.to, v.reason, v.version);
    return Response::Redirect(PeriodStateUrl(s.key, p.code) + "&lagret=1");
  } catch (const Failure& f) {
    MoveState state;
    // A move the period no longer allows, from a form older than the
    // period, is a stale form too: someone else moved it first.
    bool stale = f.code() == FailureCode::kConflict &&
                 (f.field() == "version" || v.version != p.version);
    if (stale) {
      state.stale = true;
      return PeriodStateStatePage(ctx, s, p, v, state, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    state.problems = ProblemsForForm(f, {"reason"}, PageCatalogue(ctx));
    return PeriodStateStatePage(ctx, s, p, v, state, FormStatus(f));
  }
}

// The form for a new period, from the values typed (or the defaults).
Response CreateForm(RequestContext& ctx, const std::map<std::string, std::string>& v,
                    const FormProblems& problems, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  auto field = [&](const std::string& name, FormField::Kind kind) {
    return FieldWithProblem(t, "periods_field_" + name, name, kind, v, problems);
  };
  FormField strategy = field("strategy", FormField::Kind::kSelect);
  strategy.required = true;
  // The form is an admin's, who sees every strategy.
  for (const auto& s : VisibleStrategies(ctx.db(), ctx.user())) {
    std::string cadence = "periods_cadence_" + s.cadence;
    strategy.options.push_back(
        {s.key, s.name + " (" + (t.Has(cadence) ? t.Text(cadence) : s.cadence) + ")"});
  }
  FormField code = field("code", FormField::Kind::kText);
  code.required = true;
  code.hint = t.Text("periods_field_code_hint");
  FormField title = field("title", FormField::Kind::kText);
  title.hint = t.Text("periods_field_title_hint");
  const std::string heading = t.Text("periods_create_title");
  mstch::map view{
      {"heading", heading},
      {"form", FormView({strategy, code, title})},
      {"action", UrlFor(routes::kNewPeriod)},
      {"cancel_url", UrlFor(routes::kReports)},
      {"has_general_error", !problems.general.empty()},
      {"general_error", problems.general},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kReports)}, {"text", t.Text("nav_reports")}}}},
      {"nav_reports", true},
  };
  return RenderPage(ctx, "period_create", heading, std::move(view), "", status);
}

Response NewPeriodPage(RequestContext& ctx) {
  RequireAdmin(ctx);
  return CreateForm(ctx, {{"strategy", ctx.Query("strategy").value_or("")}}, {}, kHttpOk);
}

Response CreatePeriodFromForm(RequestContext& ctx) {
  const User& user = RequireAdmin(ctx);
  const FormData& form = ctx.Form();
  std::map<std::string, std::string> v;
  for (const char* f : {"strategy", "code", "title"}) v[f] = form.Get(f);
  try {
    // The API's body: {"strategy", "code", "title"}.
    ReportingPeriod p = CreatePeriod(ctx.db(), user, {{"strategy", v["strategy"]},
                                                      {"code", v["code"]},
                                                      {"title", v["title"]}});
    Strategy s = VisibleStrategy(ctx.db(), user, std::to_string(p.strategy_id));
    return Response::Redirect(PeriodStateUrl(s.key, p.code) + "&lagret=1");
  } catch (const Failure& f) {
    // A period the strategy has already is a clash on the code (409).
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    FormProblems problems = ProblemsForForm(f, {"strategy", "code", "title"}, PageCatalogue(ctx));
    return CreateForm(ctx, v, problems, FormStatus(f));
  }
}

}  // namespace

void RegisterPeriodStateRoutes(Router& router) {
  router.Add("GET", routes::kNewPeriod, NewPeriodPage);
  router.Add("POST", routes::kNewPeriod, CreatePeriodFromForm);
  router.Add("GET", routes::kPeriodState, ShowState);
  router.Add("POST", routes::kPeriodState, MovePeriod);
}

}  // namespace fremdrift
