#include "web/page_assessment_edit.h"

#include <nlohmann/json.hpp>

#include "app/assessed_subject.h"
#include "app/indicator_reads.h"
#include "app/indicator_series.h"
#include "app/period_reads.h"
#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "render/rollup_reason_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"
#include "render/report_text.h"
#include "render/round_text.h"
#include "app/status_scales.h"
#include "domain/failure.h"
#include "render/form_view.h"
#include "render/report_urls.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/object_history.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kAssessmentEditFields = {"status", "target_label", "comment", "justification"};

Subject ParseSubject(const std::string& text) {
  if (text == "strategy") return {SubjectKind::kStrategy, ""};
  auto colon = text.find(':');
  if (colon != std::string::npos && colon + 1 < text.size()) {
    auto kind = SubjectKindFromKey(text.substr(0, colon));
    if (kind && *kind != SubjectKind::kStrategy) return {*kind, text.substr(colon + 1)};
  }
  throw Failure(FailureCode::kNotFound, "'" + text + "' is not a subject to assess", "subject");
}

struct Values {
  std::map<std::string, std::string> text;
  std::optional<int64_t> version;
};

struct AssessmentEditPage {
  Strategy strategy;
  ReportingPeriod period;
  Subject subject;
  std::string subject_text;  // the path segment
  AssessedSubject read;      // the item or indicator, read once
  // The expected report of the round, when the subject is one, and the
  // user's part in it.
  std::optional<ExpectedReport> report;
  ReportActor actor = ReportActor::kOther;
};

AssessmentEditPage AssessmentEditLoad(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto [s, p] = FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), ctx.Param("period"), Viewer::Internal());
  Subject subject = ParseSubject(ctx.Param("subject"));
  AssessmentEditPage page{s, p, subject, ctx.Param("subject"), ReadAssessedSubject(ctx.db(), s, subject), std::nullopt,
            ReportActor::kOther};
  if (!page.read.exists()) {
    throw Failure(FailureCode::kNotFound,
                  "no " + std::string(SubjectKindKey(subject.kind)) + " '" + subject.key + "'", "subject");
  }
  RequireMayAssess(ctx.db(), user, s, p, page.read);
  page.report = FindExpectedReport(ctx.db(), s, p, page.subject);
  if (page.report) page.actor = ActorFor(user, *page.report);
  return page;
}

// The latest national figure and the achievement of one indicator.
mstch::map FigureRow(SqlConnection& db, const Indicator& ind, const Catalogue& t) {
  auto series = ReadSeries(db, ind, {});
  auto latest = LatestValue(series);
  mstch::array achievements;
  for (const auto& a : series.achievements) {
    achievements.push_back(mstch::map{
        {"text", t.Text("round_achievement_" + std::string(AchievementStatusKey(a.status)))},
        {"target", a.target.label}});
  }
  return mstch::map{{"name", ind.name},
                    {"has_latest", latest.has_value()},
                    {"latest", latest ? QualifiedValueText(latest->value, latest->qualifier, ind, t)
                                      : std::string()},
                    {"latest_period", latest ? latest->period : std::string()},
                    {"achievements", achievements}};
}

// What the owner sees beside the form: the previous period's status and
// comment, the subject's latest figures and achievement.
mstch::map Context(RequestContext& ctx, const AssessmentEditPage& page, const StatusScale& scale) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  mstch::map view;
  if (auto prev = PreviousPeriod(db, page.period)) {
    view["has_previous_period"] = true;
    view["previous_heading"] = t.Format("round_previous_heading", {{"period", prev->code}});
    if (auto a = FindAssessment(db, *prev, page.subject)) {
      view["has_previous"] = true;
      view["previous_status"] = scale.Name(a->status, ctx.lang());
      view["previous_comment"] = a->comment;
    }
  }
  mstch::array figures;
  if (page.read.indicator) {
    figures.push_back(FigureRow(db, *page.read.indicator, t));
  } else if (page.read.item) {
    for (const auto& ind : IndicatorsServing(db, page.read.item->id)) {
      figures.push_back(FigureRow(db, ind, t));
    }
  }
  view["has_figures"] = !figures.empty();
  view["figures"] = figures;
  return view;
}

Response AssessmentEditForm(RequestContext& ctx, const AssessmentEditPage& page, const Values& v, const FormProblems& problems,
              bool stale, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  StatusScale scale = StatusScaleOf(db, page.strategy);
  auto stored = FindAssessment(db, page.period, page.subject);
  auto suggestion = SuggestFor(db, page.strategy, page.period, page.read);

  auto field = [&](const std::string& name, FormField::Kind kind) {
    FormField f;
    f.name = name;
    f.label = t.Text("assess_field_" + name);
    f.kind = kind;
    if (v.text.count(name)) f.value = v.text.at(name);
    if (auto it = problems.by_field.find(name); it != problems.by_field.end()) f.error = it->second;
    return f;
  };
  FormField status_field = field("status", FormField::Kind::kSelect);
  status_field.required = true;
  for (const auto& level : scale.levels()) {
    status_field.options.push_back({level.key, scale.Name(level.key, ctx.lang())});
  }
  for (std::string_view special : {kNotAssessed, kNoDataYet}) {
    status_field.options.push_back({std::string(special), scale.Name(special, ctx.lang())});
  }
  FormField target = field("target_label", FormField::Kind::kText);
  target.hint = t.Text("assess_field_target_label_hint");
  FormField justification = field("justification", FormField::Kind::kTextarea);
  justification.hint = t.Text("assess_field_justification_hint");

  const std::string report_url = ReportUrl(page.strategy.key, page.period.code);
  const std::string action = UrlWithQuery(
      UrlFor(routes::kReportAssess, page.period.code, page.subject_text),
      {{"strategy", page.strategy.key}});
  const std::string label = page.read.Label(page.strategy);
  const std::string title = t.Format("assess_title", {{"period", page.period.code}});
  mstch::map view{
      {"edit_title", title},
      {"subject_label", label},
      {"current_status", stored ? scale.Name(stored->status, ctx.lang()) : t.Text("assess_none_yet")},
      {"has_suggestion", suggestion.has_value()},
      {"suggested_status", suggestion ? scale.Name(suggestion->status, ctx.lang()) : std::string()},
      {"suggestion_reason", suggestion ? RollupReasonText(*suggestion, scale, t) : std::string()},
      {"form", FormView({status_field, target, field("comment", FormField::Kind::kTextarea), justification})},
      {"has_version", v.version.has_value()},
      {"version", v.version ? std::to_string(*v.version) : std::string()},
      {"action", action},
      {"cancel_url", report_url},
      {"current_url", action},
      {"stale", stale},
      {"has_general_error", !problems.general.empty()},
      {"general_error", problems.general},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kReports)}, {"text", t.Text("nav_reports")}},
                                   mstch::map{{"url", report_url}, {"text", page.period.code}}}},
      {"nav_reports", true},
  };
  view.merge(Context(ctx, page, scale));
  if (page.report) {
    const ExpectedReport& r = *page.report;
    view["is_report"] = true;
    view["report_state_text"] = ReportStateText(r.state, t);
    view["report_state_key"] = std::string(ReportStateKey(r.state));
    view["has_return_comment"] = r.state == ReportState::kReturned && !r.return_comment.empty();
    view["return_comment"] = r.return_comment;
    bool may_draft = !ReportActionRefusal(r.state, ReportAction::kSaveDraft, page.actor, "");
    bool may_submit = !ReportActionRefusal(r.state, ReportAction::kSubmit, page.actor, "");
    view["may_draft"] = may_draft;
    view["may_submit"] = may_submit;
    view["report_locked"] = !may_draft && !may_submit;
    if (page.actor == ReportActor::kOwner) view["cancel_url"] = UrlFor(routes::kTasks);
  }
  if (auto previous = ctx.Query("forrige")) {
    view["after_draft"] = *previous == "utkast";
    view["after_submit"] = *previous == "sendt";
  }
  view.merge(ObjectHistory(ctx, "assessment", stored ? stored->id : 0));
  return RenderPage(ctx, "assessment_edit", title + " – " + label, std::move(view), "", status);
}

Response AssessmentEditEditPage(RequestContext& ctx) {
  AssessmentEditPage page = AssessmentEditLoad(ctx);
  Values v;
  if (auto a = FindAssessment(ctx.db(), page.period, page.subject)) {
    v.text = {{"status", a->status}, {"target_label", a->target_label}, {"comment", a->comment},
              {"justification", a->justification}};
    v.version = a->version;
  } else {
    v.text["status"] = std::string(kNotAssessed);
  }
  return AssessmentEditForm(ctx, page, v, {}, false, kHttpOk);
}

Response AssessmentEditSave(RequestContext& ctx) {
  AssessmentEditPage page = AssessmentEditLoad(ctx);
  const FormData& form = ctx.Form();
  Values v;
  nlohmann::json body = nlohmann::json::object();
  for (const auto& f : kAssessmentEditFields) {
    v.text[f] = form.Get(f);
    body[f] = v.text[f];
  }
  if (auto version = form.Find("version"); version && !version->empty()) {
    try {
      v.version = std::stoll(*version);
    } catch (const std::exception&) {
      throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
    }
    body["version"] = *v.version;
  }
  // An expected report of the round: "Lagre utkast" or "Send inn".
  std::optional<ReportAction> action;
  if (page.report) action = form.Get("action") == "submit" ? ReportAction::kSubmit : ReportAction::kSaveDraft;
  try {
    if (action) {
      SubmitReport(ctx.db(), ctx.RequireUser(), page.strategy, page.period, *page.report, body, *action);
    } else {
      SaveAssessment(ctx.db(), ctx.RequireUser(), page.strategy, page.period, page.subject, body);
    }
  } catch (const Failure& f) {
    // No version sent but one stored: someone else assessed first.
    bool stale = f.code() == FailureCode::kConflict && f.field() == "version";
    if (f.code() == FailureCode::kInvalid) {
      for (const auto& p : f.problems()) stale = stale || (p.field == "version" && !v.version);
    }
    if (stale) return AssessmentEditForm(ctx, page, v, {}, true, HttpStatus(FailureCode::kConflict));
    if (f.code() != FailureCode::kInvalid) throw;
    return AssessmentEditForm(ctx, page, v, ProblemsForForm(f, kAssessmentEditFields, PageCatalogue(ctx)), false,
                HttpStatus(FailureCode::kInvalid));
  }
  if (action && page.actor == ReportActor::kOwner) {
    // On to the next open task, not back to the top of the report.
    std::string done = *action == ReportAction::kSubmit ? "sendt" : "utkast";
    if (auto next = NextTaskFor(ctx.db(), ctx.RequireUser(), page.period, page.subject)) {
      return Response::Redirect(UrlWithQuery(
          UrlFor(routes::kReportAssess, next->period.code, SubjectSegment(next->report.subject)),
          {{"strategy", next->strategy.key}, {"forrige", done}}));
    }
    return Response::Redirect(UrlFor(routes::kTasks) + (*action == ReportAction::kSubmit ? "?sendt=1" : "?lagret=1"));
  }
  if (action) {
    return Response::Redirect(UrlWithQuery(UrlFor(routes::kReportCoverage, page.period.code),
                                           {{"strategy", page.strategy.key}, {"lagret", "1"}}));
  }
  return Response::Redirect(ReportUrl(page.strategy.key, page.period.code) + "&lagret=1");
}

}  // namespace

void RegisterAssessmentEditRoutes(Router& router) {
  router.Add("GET", routes::kReportAssess, AssessmentEditEditPage);
  router.Add("POST", routes::kReportAssess, AssessmentEditSave);
}

}  // namespace fremdrift
