#include "web/page_coverage.h"

#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "domain/failure.h"
#include "domain/oslo_time.h"
#include "domain/typed_input.h"
#include "render/problem_text.h"
#include "render/form_view.h"
#include "render/report_urls.h"
#include "render/report_text.h"
#include "render/round_text.h"
#include "render/url_for.h"
#include "storage/system_clock.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

constexpr ReportState kCoverageStates[] = {ReportState::kNotStarted, ReportState::kDraft, ReportState::kReturned,
                                   ReportState::kSubmitted, ReportState::kAccepted};

const std::vector<std::string> kRoundFields = {"deadline", "reminder_days", "weekly_when_overdue",
                                               "reporting_levels"};

struct CoverageLoaded {
  Strategy strategy;
  ReportingPeriod period;
};

CoverageLoaded CoverageLoad(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (user.role != Role::kAdmin) {
    throw Failure(FailureCode::kForbidden,
                  "Only the secretariat (admins) sees the coverage.",
                  "", "coverage_forbidden", {});
  }
  auto [s, p] = FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), ctx.Param("period"), Viewer::Of(user));
  return {s, p};
}

std::string CoverageUrl(const CoverageLoaded& l, const std::vector<std::pair<std::string, std::string>>& more = {}) {
  std::vector<std::pair<std::string, std::string>> q = {{"strategy", l.strategy.key}};
  q.insert(q.end(), more.begin(), more.end());
  return UrlWithQuery(UrlFor(routes::kReportCoverage, l.period.code), q);
}

// What the page shows again after a refused post.
struct Posted {
  FormProblems round_problems;
  std::map<std::string, std::string> round_values;
  std::string review_error;
  std::string review_subject;
  std::string review_comment;
};

mstch::array CoverageRows(const CoverageLoaded& l, const std::vector<CoverageRow>& rows, const char* param,
                  const Catalogue& t, bool organisations) {
  mstch::array out;
  for (const auto& row : rows) {
    mstch::array cells;
    for (ReportState s : kCoverageStates) {
      auto it = row.counts.find(s);
      int n = it == row.counts.end() ? 0 : it->second;
      cells.push_back(mstch::map{
          {"count", std::to_string(n)},
          {"has_count", n > 0},
          {"url", CoverageUrl(l, {{param, row.key.empty() ? "-" : row.key}, {"state", std::string(ReportStateKey(s))}}) + "#rapporter"},
          {"state_text", ReportStateText(s, t)}});
    }
    std::string name = row.label.empty() ? (row.key.empty() ? t.Text(organisations ? "round_no_owner" : "round_no_goal") : row.key)
                                         : row.label;
    if (organisations && !row.key.empty() && !row.label.empty()) name = row.label + " (" + row.key + ")";
    out.push_back(mstch::map{
        {"name", name},
        {"url", CoverageUrl(l, {{param, row.key.empty() ? "-" : row.key}}) + "#rapporter"},
        {"cells", cells},
        {"total", std::to_string(row.total)},
        {"late", std::to_string(row.late)},
        {"has_late", row.late > 0},
        {"last_reported", row.last_reported.empty() ? t.Text("coverage_never")
                                                    : OsloDateTimeText(*ParseUtcTimestamp(row.last_reported)).replace(10, 1, " ")}});
  }
  return out;
}

mstch::map ReportRow(RequestContext& ctx, const CoverageLoaded& l, const ExpectedReport& r, const Coverage& c,
                     int64_t now, const Posted& posted) {
  const Catalogue& t = PageCatalogue(ctx);
  std::string owners;
  for (const auto& o : r.owners) owners += (owners.empty() ? "" : ", ") + o;
  std::string segment = SubjectSegment(r.subject);
  bool submitted = r.state == ReportState::kSubmitted;
  bool returnable = submitted || r.state == ReportState::kAccepted;
  bool this_one = posted.review_subject == segment;
  return mstch::map{
      {"code", r.code},
      {"title", r.title},
      {"form_url", ReportFormUrl(l.strategy.key, l.period.code, r.subject)},
      {"owners", owners.empty() ? t.Text("round_no_owner") : owners},
      {"state_key", std::string(ReportStateKey(r.state))},
      {"state_text", ReportStateText(r.state, t)},
      {"late", IsLate(r.state, c.deadline_utc, now)},
      {"has_return_comment", r.state == ReportState::kReturned && !r.return_comment.empty()},
      {"return_comment", r.return_comment},
      {"subject", segment},
      {"version", std::to_string(r.version)},
      {"may_accept", submitted && l.period.state != PeriodState::kApproved && l.period.state != PeriodState::kPublished},
      {"may_return", returnable && l.period.state != PeriodState::kApproved && l.period.state != PeriodState::kPublished},
      {"field_id", "retur-" + std::to_string(r.order)},
      {"has_review_error", this_one && !posted.review_error.empty()},
      {"review_error", this_one ? posted.review_error : std::string()},
      {"review_comment", this_one ? posted.review_comment : std::string()},
  };
}

Response CoveragePage(RequestContext& ctx, const CoverageLoaded& l, const Posted& posted, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const User& user = ctx.RequireUser();
  int64_t now = SystemClock().NowUtcSeconds();
  Coverage c = PeriodCoverage(ctx.db(), user, l.strategy, l.period, now);
  // The filters of the reports list.
  auto org = ctx.Query("org"), goal = ctx.Query("mal"), state = ctx.Query("state");
  // A national round expects thousands of reports: the list shows the
  // first kListedReports that match (and always the one just reviewed),
  // and says how to narrow it; the tables above count them all.
  constexpr size_t kListedReports = kHttpOk;
  mstch::array reports;
  size_t matching = 0;
  for (const auto& r : c.reports) {
    if (org && !(*org == "-" ? r.owners.empty() : std::find(r.owners.begin(), r.owners.end(), *org) != r.owners.end())) continue;
    if (goal && (*goal == "-" ? !r.goal_key.empty() : r.goal_key != *goal)) continue;
    if (state && ReportStateKey(r.state) != *state) continue;
    ++matching;
    if (reports.size() < kListedReports || posted.review_subject == SubjectSegment(r.subject)) {
      reports.push_back(ReportRow(ctx, l, r, c, now, posted));
    }
  }
  mstch::array late;
  for (const auto& r : c.late) {
    if (late.size() < kListedReports) late.push_back(ReportRow(ctx, l, r, c, now, posted));
  }
  std::string capped_text =
      matching > reports.size()
          ? t.Format("coverage_capped", {{"shown", std::to_string(reports.size())}, {"total", std::to_string(matching)}})
          : "";
  mstch::array state_heads;
  for (ReportState s : kCoverageStates) state_heads.push_back(mstch::map{{"text", ReportStateText(s, t)}});

  // The round's settings form.
  RoundSettings settings = c.settings;
  std::vector<int> levels = RoundStore(ctx.db()).ReportingLevels(l.strategy.id);
  auto value = [&](const std::string& name, const std::string& stored) {
    auto it = posted.round_values.find(name);
    return it != posted.round_values.end() ? it->second : stored;
  };
  auto field = [&](const std::string& name, FormField::Kind kind, const std::string& v) {
    FormField f;
    f.name = name;
    f.label = t.Text("round_field_" + name);
    f.kind = kind;
    f.value = v;
    if (t.Has("round_field_" + name + "_hint")) f.hint = t.Text("round_field_" + name + "_hint");
    if (auto it = posted.round_problems.by_field.find(name); it != posted.round_problems.by_field.end()) f.error = it->second;
    return f;
  };
  FormField deadline = field("deadline", FormField::Kind::kText, value("deadline", settings.deadline));
  deadline.required = true;
  FormField days = field("reminder_days", FormField::Kind::kText,
                         value("reminder_days", ReminderDaysText(settings.reminders.days_before)));
  FormField weekly = field("weekly_when_overdue", FormField::Kind::kCheckboxes, "");
  weekly.options = {{"1", t.Text("round_field_weekly_when_overdue")}};
  if (value("weekly_when_overdue", settings.reminders.weekly_when_overdue ? "1" : "") == "1") weekly.selected = {"1"};
  FormField level_field = field("reporting_levels", FormField::Kind::kCheckboxes, "");
  for (int i = 1; i <= l.strategy.depth(); ++i) {
    level_field.options.push_back({std::to_string(i), l.strategy.LevelName(i)});
    bool on = posted.round_values.count("reporting_levels")
                  ? posted.round_values.at("reporting_levels").find("," + std::to_string(i) + ",") != std::string::npos
                  : std::find(levels.begin(), levels.end(), i) != levels.end();
    if (on) level_field.selected.push_back(std::to_string(i));
  }

  std::optional<int64_t> deadline_utc = c.deadline_utc;
  const std::string title = t.Format("coverage_title", {{"period", l.period.code}});
  mstch::map view{
      {"heading", title},
      {"strategy_name", l.strategy.name},
      {"period_name", PeriodName(l.period.code, t)},
      {"period_code", l.period.code},
      {"state_text", PeriodStateText(l.period.state, t)},
      {"has_deadline", deadline_utc.has_value()},
      {"deadline_text", deadline_utc ? OsloDateTimeText(*deadline_utc).replace(10, 1, " ") : std::string()},
      {"days_left_text", deadline_utc ? DaysLeftText(DaysLeft(OsloDate(*deadline_utc), OsloDate(now)), t) : std::string()},
      {"expected", std::to_string(c.reports.size())},
      {"missing", std::to_string(c.missing)},
      {"has_reports", !c.reports.empty()},
      {"state_heads", state_heads},
      {"organisations", CoverageRows(l, c.organisations, "org", t, true)},
      {"goals", CoverageRows(l, c.goals, "mal", t, false)},
      {"has_late", !late.empty()},
      {"late", late},
      {"reports", reports},
      {"is_capped", !capped_text.empty()},
      {"capped_text", capped_text},
      {"is_filtered", org || goal || state},
      {"all_url", CoverageUrl(l) + "#rapporter"},
      {"action", CoverageUrl(l)},
      {"round_action", UrlWithQuery(UrlFor(routes::kReportRound, l.period.code), {{"strategy", l.strategy.key}})},
      {"round_form", FormView({deadline, days, weekly, level_field})},
      {"round_open", l.period.state == PeriodState::kOpen},
      {"has_round_error", !posted.round_problems.general.empty()},
      {"round_error", posted.round_problems.general},
      {"saved", status == kHttpOk && ctx.Query("lagret").has_value()},
      {"round_saved", status == kHttpOk && ctx.Query("runde").has_value()},
      {"report_url", ReportUrl(l.strategy.key, l.period.code)},
      {"state_url", PeriodStateUrl(l.strategy.key, l.period.code)},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kReports)}, {"text", t.Text("nav_reports")}},
                                   mstch::map{{"url", ReportUrl(l.strategy.key, l.period.code)}, {"text", l.period.code}}}},
      {"nav_reports", true},
  };
  return RenderPage(ctx, "coverage", title, std::move(view), "", status);
}

Response ShowCoverage(RequestContext& ctx) { return CoveragePage(ctx, CoverageLoad(ctx), {}, kHttpOk); }

Subject ParseSubjectText(const std::string& text) {
  auto colon = text.find(':');
  if (colon != std::string::npos) {
    auto kind = SubjectKindFromKey(text.substr(0, colon));
    if (kind && *kind != SubjectKind::kStrategy) return {*kind, text.substr(colon + 1)};
  }
  throw Failure(FailureCode::kInvalid, "'" + text + "' is not a report", "subject");
}

Response Review(RequestContext& ctx) {
  CoverageLoaded l = CoverageLoad(ctx);
  const FormData& form = ctx.Form();
  Posted posted;
  posted.review_subject = form.Get("subject");
  posted.review_comment = form.Get("comment");
  auto action = ReportActionFromKey(form.Get("action"));
  if (!action) throw Failure(FailureCode::kInvalid, "action must be accept or return", "action");
  std::optional<int64_t> version;
  try {
    version = std::stoll(form.Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  try {
    ReviewReport(ctx.db(), ctx.RequireUser(), l.strategy, l.period, ParseSubjectText(posted.review_subject),
                 *action, posted.review_comment, version);
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    posted.review_error = f.field() == "comment" ? PageCatalogue(ctx).Text("coverage_return_comment_required")
                                                : FailureText(PageCatalogue(ctx), f);
    if (f.field() == "version") posted.review_error = PageCatalogue(ctx).Text("edit_stale");
    return CoveragePage(ctx, l, posted, FormStatus(f));
  }
  return Response::Redirect(CoverageUrl(l, {{"lagret", "1"}}));
}

Response SaveRound(RequestContext& ctx) {
  CoverageLoaded l = CoverageLoad(ctx);
  const FormData& form = ctx.Form();
  Posted posted;
  nlohmann::json body = nlohmann::json::object();
  body["deadline"] = TypedDateTimeToIso(form.Get("deadline"));
  body["reminder_days"] = form.Get("reminder_days");
  body["weekly_when_overdue"] = form.Get("weekly_when_overdue") == "1";
  nlohmann::json levels = nlohmann::json::array();
  std::string level_text = ",";
  bool levels_ok = true;
  for (const auto& v : form.GetAll("reporting_levels")) {
    level_text += v + ",";
    try {
      levels.push_back(std::stoi(v));
    } catch (const std::exception&) {
      levels_ok = false;
    }
  }
  body["reporting_levels"] = levels_ok ? levels : nlohmann::json("?");
  posted.round_values = {{"deadline", form.Get("deadline")},
                         {"reminder_days", form.Get("reminder_days")},
                         {"weekly_when_overdue", form.Get("weekly_when_overdue")},
                         {"reporting_levels", level_text}};
  try {
    SetRound(ctx.db(), ctx.RequireUser(), l.strategy, l.period, body);
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    posted.round_problems = ProblemsForForm(f, kRoundFields, PageCatalogue(ctx));
    if (f.code() == FailureCode::kConflict) posted.round_problems.general = FailureText(PageCatalogue(ctx), f);
    return CoveragePage(ctx, l, posted, FormStatus(f));
  }
  return Response::Redirect(CoverageUrl(l, {{"runde", "1"}}));
}

}  // namespace

void RegisterCoveragePageRoutes(Router& router) {
  router.Add("GET", routes::kReportCoverage, ShowCoverage);
  router.Add("POST", routes::kReportCoverage, Review);
  router.Add("POST", routes::kReportRound, SaveRound);
}

}  // namespace fremdrift
