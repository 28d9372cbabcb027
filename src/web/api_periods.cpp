#include "app/status_scales.h"
#include "app/strategy_items.h"
#include "web/api_periods.h"

#include "app/period_reads.h"
#include "app/reporting_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "formats/period_json.h"
#include "render/url_for.h"
#include "web/request_body.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

std::pair<Strategy, ReportingPeriod> RequestedPeriod(RequestContext& ctx) {
  return FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), ctx.Param("code"), Viewer::Of(ctx.user()));
}

OJson PeriodJson(const Strategy& s, const ReportingPeriod& p) {
  return {{"id", p.id}, {"strategy", s.key}, {"code", p.code}, {"title", p.title},
          {"state", std::string(PeriodStateKey(p.state))}, {"version", p.version},
          {"published_on", p.published_on.empty() ? OJson(nullptr) : OJson(p.published_on)},
          {"publisher", p.publisher.empty() ? OJson(nullptr) : OJson(p.publisher)}};
}

OJson PeriodsAssessmentJson(const Assessment& a, const StatusScale& scale, const std::optional<Assessment>& prev) {
  OJson j{{"id", a.id}};
  j.update(AssessmentToJson(a));
  j["status_name"] = {{"nb", scale.Name(a.status, "nb")}, {"en", scale.Name(a.status, "en")}};
  j["suggested_status"] = a.suggested_status.empty() ? OJson(nullptr) : OJson(a.suggested_status);
  j["assessed_at"] = a.assessed_at;
  j["previous_status"] = prev ? OJson(prev->status) : OJson(nullptr);
  j["trend"] = std::string(TrendKey(CompareStatus(prev ? prev->status : "", a.status, scale)));
  j["version"] = a.version;
  return j;
}

Response ListPeriods(RequestContext& ctx) {
  OJson out = OJson::array();
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  auto key = ctx.Query("strategy");
  for (const auto& s : visibility.Strategies()) {
    if (key && *key != s.key) continue;
    for (const auto& p : visibility.Periods(s)) out.push_back(PeriodJson(s, p));
  }
  return JsonResponse(out);
}

Response CreatePeriodRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  ReportingPeriod p = CreatePeriod(ctx.db(), user, JsonBody(ctx));
  Strategy s = VisibleStrategy(ctx.db(), user, std::to_string(p.strategy_id));
  Response r = JsonResponse(PeriodJson(s, p), kHttpCreated);
  r.headers.emplace_back("Location", UrlWithQuery(UrlFor(routes::kApiPeriod, p.code), {{"strategy", s.key}}));
  return r;
}

Response GetPeriod(RequestContext& ctx) {
  auto [s, p] = RequestedPeriod(ctx);
  OJson j = PeriodJson(s, p);
  j["status_scale"] = s.status_scale;
  j["rollup_rule"] = s.rollup_rule;
  auto prev = PreviousPeriod(ctx.db(), p);
  j["previous_period"] = prev ? OJson(prev->code) : OJson(nullptr);
  StatusScale scale = StatusScaleOf(ctx.db(), s);
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  j["assessments"] = OJson::array();
  for (const auto& a : SeenAssessments(ctx.db(), visibility, p)) {
    std::optional<Assessment> before;
    if (prev) before = FindAssessment(ctx.db(), *prev, a.subject);
    j["assessments"].push_back(PeriodsAssessmentJson(a, scale, before));
  }
  j["notes"] = OJson::array();
  for (const auto& n : SeenNotes(ctx.db(), visibility, p)) j["notes"].push_back(NoteToJson(n));
  return JsonResponse(j);
}

Response Transition(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto [s, p] = RequestedPeriod(ctx);
  nlohmann::json body = JsonBody(ctx);
  if (!body.is_object() || !body.contains("to") || !body["to"].is_string()) {
    throw Failure(FailureCode::kInvalid, "to is required: open, in_review, approved or published", "to");
  }
  std::optional<int64_t> version;
  if (body.contains("version") && body["version"].is_number_integer()) version = body["version"].get<int64_t>();
  std::string reason = body.contains("reason") && body["reason"].is_string() ? body["reason"].get<std::string>() : "";
  ReportingPeriod after = TransitionPeriod(ctx.db(), user, s, p, body["to"], reason, version);
  return JsonResponse(PeriodJson(s, after));
}

Response PutAssessment(RequestContext& ctx, Subject subject) {
  const User& user = ctx.RequireUser();
  auto [s, p] = RequestedPeriod(ctx);
  Assessment a = SaveAssessment(ctx.db(), user, s, p, subject, JsonBody(ctx));
  return JsonResponse(PeriodsAssessmentJson(a, StatusScaleOf(ctx.db(), s), std::nullopt));
}

Response GetAssessment(RequestContext& ctx, Subject subject) {
  auto [s, p] = RequestedPeriod(ctx);
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  auto a = SeenAssessment(ctx.db(), visibility, p, subject);
  if (!a) throw Failure(FailureCode::kNotFound, "no assessment of this subject in " + p.code);
  std::optional<Assessment> before;
  if (auto prev = PreviousPeriod(ctx.db(), p)) before = FindAssessment(ctx.db(), *prev, subject);
  return JsonResponse(PeriodsAssessmentJson(*a, StatusScaleOf(ctx.db(), s), before));
}

Response Rollup(RequestContext& ctx) {
  auto [s, p] = RequestedPeriod(ctx);
  OJson out = OJson::array();
  auto add = [&](const Subject& subject, const std::string& label) {
    auto suggestion = SuggestFor(ctx.db(), s, p, subject);
    if (!suggestion) return;
    auto a = FindAssessment(ctx.db(), p, subject);
    out.push_back({{"subject", SubjectToJson(subject)}, {"label", label},
                   {"suggested_status", suggestion->status}, {"reason", suggestion->reason},
                   {"status", a ? OJson(a->status) : OJson(nullptr)},
                   {"justification", a ? OJson(a->justification) : OJson(nullptr)},
                   {"differs", a && a->status != suggestion->status}});
  };
  add({SubjectKind::kStrategy, ""}, s.name);
  for (const auto& item : VisibleItemsOf(ctx.db(), Viewer::Of(ctx.user()), s)) {
    add({SubjectKind::kItem, item.key}, s.LevelName(item.level) + " " + (item.code.empty() ? item.title : item.code));
  }
  return JsonResponse(OJson{{"strategy", s.key}, {"period", p.code}, {"rule", s.rollup_rule}, {"rollup", out}});
}

}  // namespace

void RegisterPeriodRoutes(Router& r) {
  r.Add("GET", routes::kApiPeriods, ListPeriods);
  r.Add("POST", routes::kApiPeriods, CreatePeriodRoute);
  r.Add("GET", routes::kApiPeriod, GetPeriod);
  r.Add("POST", routes::kApiPeriodTransition, Transition);
  r.Add("GET", routes::kApiPeriodRollup, Rollup);
  r.Add("GET", routes::kApiPeriodAssessmentsStrategy,
        [](RequestContext& c) { return GetAssessment(c, {SubjectKind::kStrategy, ""}); });
  r.Add("PUT", routes::kApiPeriodAssessmentsStrategy,
        [](RequestContext& c) { return PutAssessment(c, {SubjectKind::kStrategy, ""}); });
  r.Add("GET", routes::kApiPeriodAssessmentsItem,
        [](RequestContext& c) { return GetAssessment(c, {SubjectKind::kItem, c.Param("key")}); });
  r.Add("PUT", routes::kApiPeriodAssessmentsItem,
        [](RequestContext& c) { return PutAssessment(c, {SubjectKind::kItem, c.Param("key")}); });
  r.Add("GET", routes::kApiPeriodAssessmentsIndicator,
        [](RequestContext& c) { return GetAssessment(c, {SubjectKind::kIndicator, c.Param("indicator")}); });
  r.Add("PUT", routes::kApiPeriodAssessmentsIndicator,
        [](RequestContext& c) { return PutAssessment(c, {SubjectKind::kIndicator, c.Param("indicator")}); });
}

}  // namespace fremdrift
