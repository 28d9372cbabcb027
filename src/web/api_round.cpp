#include "web/api_round.h"

#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "domain/failure.h"
#include "domain/oslo_time.h"
#include "storage/system_clock.h"
#include "web/request_body.h"
#include "web/round_json.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

std::pair<Strategy, ReportingPeriod> RoundPeriod(RequestContext& ctx) {
  return FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), ctx.Param("code"), Viewer::Of(ctx.user()));
}

Response GetCoverage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto [s, p] = RoundPeriod(ctx);
  int64_t now = SystemClock().NowUtcSeconds();
  return JsonResponse(CoverageJson(s, p, PeriodCoverage(ctx.db(), user, s, p, now), now));
}

Response GetRound(RequestContext& ctx) {
  ctx.RequireUser();
  auto [s, p] = RoundPeriod(ctx);
  OJson j = RoundSettingsJson(RoundStore(ctx.db()).Settings(p.id), SystemClock().NowUtcSeconds());
  j["reporting_levels"] = RoundStore(ctx.db()).ReportingLevels(s.id);
  return JsonResponse(j);
}

Response PutRound(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto [s, p] = RoundPeriod(ctx);
  RoundSettings settings = SetRound(ctx.db(), user, s, p, JsonBody(ctx));
  OJson j = RoundSettingsJson(settings, SystemClock().NowUtcSeconds());
  j["reporting_levels"] = RoundStore(ctx.db()).ReportingLevels(s.id);
  return JsonResponse(j);
}

Response GetTasks(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  int64_t now = SystemClock().NowUtcSeconds();
  OJson out = OJson::array();
  for (const auto& t : ctx.round_reads().TasksOf(user)) {
    auto deadline = t.settings.deadline.empty() ? std::nullopt : ParseOsloDateTime(t.settings.deadline);
    OJson j = ExpectedReportJson(t.report, deadline, now);
    j["strategy"] = t.strategy.key;
    j["period"] = t.period.code;
    j["deadline"] = t.settings.deadline.empty() ? OJson(nullptr) : OJson(t.settings.deadline);
    j["days_left"] = deadline ? OJson(DaysLeft(OsloDate(*deadline), OsloDate(now))) : OJson(nullptr);
    out.push_back(j);
  }
  return JsonResponse(out);
}

// POST .../reports/items/{key}: {"action": "draft" | "submit" | "accept" |
// "return", "comment" (return), "version" (the report's, for accept and
// return), and for draft and submit the assessment: status, comment,
// target_label, justification, assessment_version}.
Response ReportStep(RequestContext& ctx, const Subject& subject) {
  const User& user = ctx.RequireUser();
  auto [s, p] = RoundPeriod(ctx);
  nlohmann::json body = JsonBody(ctx);
  if (!body.is_object() || !body.contains("action") || !body["action"].is_string() ||
      !ReportActionFromKey(body["action"].get<std::string>())) {
    throw Failure(FailureCode::kInvalid, "action is required: draft, submit, accept or return", "action");
  }
  ReportAction action = *ReportActionFromKey(body["action"].get<std::string>());
  ExpectedReport after;
  if (action == ReportAction::kAccept || action == ReportAction::kReturn) {
    std::optional<int64_t> version;
    if (body.contains("version") && body["version"].is_number_integer()) version = body["version"].get<int64_t>();
    std::string comment = body.contains("comment") && body["comment"].is_string() ? body["comment"].get<std::string>() : "";
    after = ReviewReport(ctx.db(), user, s, p, subject, action, comment, version);
  } else {
    nlohmann::json assessment = nlohmann::json::object();
    for (const char* f : {"status", "comment", "target_label", "justification"}) {
      if (body.contains(f)) assessment[f] = body[f];
    }
    if (body.contains("assessment_version")) assessment["version"] = body["assessment_version"];
    after = SubmitReport(ctx.db(), user, s, p, subject, assessment, action);
  }
  auto settings = RoundStore(ctx.db()).Settings(p.id);
  auto deadline = settings.deadline.empty() ? std::nullopt : ParseOsloDateTime(settings.deadline);
  return JsonResponse(ExpectedReportJson(after, deadline, SystemClock().NowUtcSeconds()));
}

}  // namespace

void RegisterRoundRoutes(Router& r) {
  r.Add("GET", routes::kApiTasks, GetTasks);
  r.Add("GET", routes::kApiPeriodCoverage, GetCoverage);
  r.Add("GET", routes::kApiPeriodRound, GetRound);
  r.Add("PUT", routes::kApiPeriodRound, PutRound);
  r.Add("POST", routes::kApiPeriodReportsItem,
        [](RequestContext& c) { return ReportStep(c, {SubjectKind::kItem, c.Param("key")}); });
  r.Add("POST", routes::kApiPeriodReportsIndicator,
        [](RequestContext& c) { return ReportStep(c, {SubjectKind::kIndicator, c.Param("indicator")}); });
}

}  // namespace fremdrift
