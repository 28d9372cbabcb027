#include "web/page_report.h"

#include <iostream>
#include <optional>

#include "app/case_links.h"
#include "app/numbered_pdf.h"
#include "app/narrative_service.h"
#include "app/pdf_print_queue.h"
#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "app/status_report.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "render/governance_view.h"
#include "render/url_for.h"
#include "web/html_error.h"
#include "render/monitor_period_text.h"
#include "render/report_urls.h"
#include "render/report_document.h"
#include "render/report_markdown.h"
#include "render/report_text.h"
#include "render/report_view.h"
#include "storage/system_clock.h"
#include "web/page_frame.h"
#include "web/server.h"
#include "web/content_disposition.h"

namespace fremdrift {
namespace {

// The subject a row of the report view names ("strategy", "item:KEY",
// "indicator:CODE"); nullopt for a row that names none.
std::optional<Subject> RowSubject(const std::string& text) {
  if (text == "strategy") return Subject{SubjectKind::kStrategy, ""};
  auto colon = text.find(':');
  if (colon == std::string::npos) return std::nullopt;
  auto kind = SubjectKindFromKey(text.substr(0, colon));
  if (!kind) return std::nullopt;
  return Subject{*kind, text.substr(colon + 1)};
}

// The "Vurder" link of `subject` (as the row names it).
std::string AssessUrl(const Strategy& strategy, const ReportingPeriod& period, const std::string& subject) {
  return UrlWithQuery(UrlFor(routes::kReportAssess, period.code, subject), {{"strategy", strategy.key}});
}

bool MayAssess(SqlConnection& db, const User& user, const Strategy& strategy, const ReportingPeriod& period,
               const Subject& subject) {
  try {
    RequireMayAssess(db, user, strategy, period, subject);
    return true;
  } catch (const Failure&) {
    return false;
  }
}

// Sets "assess_url" on every row of the report view that names a subject
// and, unless `user` is an admin (who may assess every one), "can_assess":
// whether `user` may assess it.
void MarkAssessableRows(SqlConnection& db, const User& user, const Strategy& strategy,
                        const ReportingPeriod& period, mstch::node& node) {
  if (auto* map = boost::get<mstch::map>(&node)) {
    if (auto it = map->find("subject"); it != map->end()) {
      if (const auto* text = boost::get<std::string>(&it->second)) {
        if (auto subject = RowSubject(*text)) {
          if (user.role != Role::kAdmin) (*map)["can_assess"] = MayAssess(db, user, strategy, period, *subject);
          (*map)["assess_url"] = AssessUrl(strategy, period, *text);
        } else if (user.role != Role::kAdmin) {
          (*map)["can_assess"] = MayAssess(db, user, strategy, period, Subject{SubjectKind::kStrategy, ""});
        }
      }
    }
    for (auto& [key, child] : *map) {
      if (key != "t") MarkAssessableRows(db, user, strategy, period, child);
    }
  } else if (auto* array = boost::get<mstch::array>(&node)) {
    for (auto& child : *array) MarkAssessableRows(db, user, strategy, period, child);
  }
}

// "2023-Q1.pdf" -> {"2023-Q1", "pdf"}; "2023-Q1" -> {"2023-Q1", ""}.
std::pair<std::string, std::string> SplitFormat(const std::string& param) {
  for (const char* ext : {".pdf", ".md"}) {
    std::string e(ext);
    if (param.size() > e.size() && param.compare(param.size() - e.size(), e.size(), e) == 0) {
      return {param.substr(0, param.size() - e.size()), e.substr(1)};
    }
  }
  return {param, ""};
}

Viewer ViewerOf(RequestContext& ctx) { return Viewer::Of(ctx.user()); }

std::pair<Strategy, ReportingPeriod> ReportPeriod(RequestContext& ctx, const std::string& code) {
  return FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), code, ViewerOf(ctx));
}

// The periods of the strategy the reader may see, other than `period`.
std::vector<ReportingPeriod> OtherPeriods(RequestContext& ctx, const Strategy& strategy,
                                          const ReportingPeriod& period) {
  std::vector<ReportingPeriod> out;
  for (auto& p : Visibility(ctx.db(), ViewerOf(ctx)).Periods(strategy)) {
    if (p.id != period.id) out.push_back(std::move(p));
  }
  return out;
}

Response ReportDownload(std::string body, const std::string& type, const std::string& file_name) {
  Response r;
  r.content_type = type;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", ContentDisposition(file_name, true));
  return r;
}

// The "Vurder" links of a report view, for a signed-in user while the
// period takes assessments.
void AddAssessLinks(RequestContext& ctx, const Strategy& strategy, const ReportingPeriod& period,
                    mstch::map& view) {
  const auto& user = ctx.user();
  if (!user || !AssessmentsEditable(period, *user)) return;
  view["can_assess"] = true;
  // Nobody is shown a link they may not follow: each row's "Vurder"
  // only where this user may assess its subject, and the strategy's own
  // status box, outside the rows, likewise.
  for (auto& [key, child] : view) MarkAssessableRows(ctx.db(), *user, strategy, period, child);
  view["assess_strategy_url"] = AssessUrl(strategy, period, "strategy");
  view["can_assess_strategy"] =
      user->role == Role::kAdmin || MayAssess(ctx.db(), *user, strategy, period, Subject{SubjectKind::kStrategy, ""});
}

Response ReportPage(RequestContext& ctx) {
  auto [code, format] = SplitFormat(ctx.Param("period"));
  if (auto other = ctx.Query("mot"); other && !other->empty() && format.empty()) {
    auto [s, p] = ReportPeriod(ctx, code);
    std::vector<std::pair<std::string, std::string>> query{{"strategy", s.key}};
    if (auto lang = ctx.Query("lang")) query.emplace_back("lang", *lang);
    return Response::Redirect(UrlWithQuery(UrlFor(routes::kReportCompare, p.code, *other),
                                           query));
  }
  auto [strategy, period] = ReportPeriod(ctx, code);
  const Catalogue& t = PageCatalogue(ctx);
  StatusReport report = LoadStatusReport(ctx.db(), strategy, period, ViewerOf(ctx), SystemClock().TodayUtc());

  if (format == "md") {
    return ReportDownload(ReportMarkdown(report, t) + "\n", "text/markdown; charset=utf-8",
                    ReportFileName(period.code, "md", t));
  }
  if (format == "pdf") {
    const std::string& assets = ctx.config().assets_dir;
    auto html_for = [&](const PageNumbers& pages) { return ReportDocumentHtml(report, t, assets, pages); };
    try {
      Response r = ReportDownload("", "application/pdf", ReportFileName(period.code, "pdf", t));
      // The queue bounds and caches prints by the first print's HTML; the
      // print itself numbers the contents (app/numbered_pdf.h).
      r.shared_body = PdfPrintQueue::Shared().Print(html_for(PageNumbers{}), [&] {
        return PrintHtmlToPdfWithPageNumbers(html_for);
      });
      if (!r.shared_body) {
        return HtmlBusyPage(ctx, "too many PDFs are being printed; try again in a few seconds");
      }
      return r;
    } catch (const Failure& f) {
      // The page hides internal messages; the operator needs this one.
      std::cerr << "fremdrift: " << ctx.path() << ": " << f.what() << "\n";
      throw;
    }
  }

  mstch::map view = ReportView(report, t);
  view["pdf_url"] = ReportUrl(strategy.key, period.code, "pdf");
  view["md_url"] = ReportUrl(strategy.key, period.code, "md");
  view["page_path"] = UrlFor(routes::kReport, period.code);
  view["strategy_key"] = strategy.key;
  mstch::array choices;
  for (const auto& p : OtherPeriods(ctx, strategy, period)) {
    bool selected = report.previous && report.previous->id == p.id;
    choices.push_back(mstch::map{{"code", p.code}, {"text", PeriodText(p.code, t) + " (" + p.code + ")"},
                                 {"selected", selected}});
  }
  view["has_compare_choices"] = !choices.empty();
  view["compare_choices"] = choices;
  view["nav_reports"] = true;
  view["saved"] = ctx.Query("lagret").has_value();
  AddAssessLinks(ctx, strategy, period, view);
  if (const auto& user = ctx.user()) {
    // The narratives this user may write (web/page_narrative.h).
    mstch::array narratives;
    std::vector<std::pair<Subject, std::string>> subjects = {{{SubjectKind::kStrategy, ""}, PageCatalogue(ctx).Text("narrative_strategy")}};
    for (const auto& g : RoundGoals(ctx.db(), strategy)) {
      subjects.push_back({{SubjectKind::kItem, g.key}, (g.code.empty() ? "" : g.code + " ") + g.title});
    }
    for (const auto& [subject, label] : subjects) {
      try {
        RequireMayWriteNarrative(ctx.db(), *user, strategy, period, subject);
      } catch (const Failure&) {
        continue;
      }
      narratives.push_back(mstch::map{
          {"url", UrlWithQuery(UrlFor(routes::kReportNarrative, period.code, subject.kind == SubjectKind::kStrategy ? "strategy" : "item:" + subject.key),
                               {{"strategy", strategy.key}})},
          {"label", label}});
    }
    view["has_narrative_links"] = !narratives.empty();
    view["narrative_links"] = narratives;
  }
  if (const auto& user = ctx.user(); user && user->role == Role::kAdmin) {
    view["coverage_url"] = UrlWithQuery(UrlFor(routes::kReportCoverage, period.code),
                                        {{"strategy", strategy.key}});
  }
  if (const auto& user = ctx.user(); user && user->role == Role::kAdmin) {
    view["period_state_url"] = PeriodStateUrl(strategy.key, period.code);  // web/page_period_state.h
  }
  AddCaseMentions(view, CasesConcerning(ctx.db(), {"report", "reporting_period"}, strategy.key + "/" + period.code), t);
  return RenderPage(ctx, "report", ReportDocumentTitle(report, t), view);
}

// One goal's section of the report as a page of its own, with the way to
// the other goals' pages and to the whole report (which stays the
// printable document).
Response ReportGoalPage(RequestContext& ctx) {
  auto [strategy, period] = ReportPeriod(ctx, ctx.Param("period"));
  const Catalogue& t = PageCatalogue(ctx);
  StatusReport report = LoadGoalReport(ctx.db(), strategy, period, ViewerOf(ctx), SystemClock().TodayUtc(),
                                       ctx.Param("goal"));
  mstch::map view = ReportView(report, t);
  view["report_url"] = ReportUrl(strategy.key, period.code);
  view["pdf_url"] = ReportUrl(strategy.key, period.code, "pdf");
  mstch::array pages;
  for (const auto& g : report.plan_goals) {
    pages.push_back(mstch::map{{"text", GoalHeading(strategy, g)},
                               {"url", ReportGoalUrl(strategy.key, period.code, g.key)},
                               {"current", g.key == ctx.Param("goal")}});
  }
  view["goal_pages"] = pages;
  view["nav_reports"] = true;
  AddAssessLinks(ctx, strategy, period, view);
  std::string title = GoalHeading(strategy, report.goals.front().goal) + " – " + ReportDocumentTitle(report, t);
  return RenderPage(ctx, "report_goal_page", title, view);
}

Response ComparisonPage(RequestContext& ctx) {
  auto [strategy, period] = ReportPeriod(ctx, ctx.Param("period"));
  // The other period must be one of the same strategy that the reader may see.
  auto [same, other] = FindPeriod(ctx.db(), strategy.key, ctx.Param("other"), ViewerOf(ctx));
  const Catalogue& t = PageCatalogue(ctx);
  PeriodComparison c = ComparePeriods(ctx.db(), strategy, period, other, ViewerOf(ctx));
  mstch::map view = ComparisonView(c, t);
  std::string title = t.Text("report_compare_title") + " " + c.from.code + " → " + c.to.code;
  view["nav_reports"] = true;
  return RenderPage(ctx, "report_compare", title, view);
}

Response ReportIndexPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  Viewer viewer = ViewerOf(ctx);
  mstch::array strategies;
  for (const auto& s : Visibility(ctx.db(), viewer).Strategies()) {
    mstch::array periods;
    auto list = Visibility(ctx.db(), viewer).Periods(s);
    // Newest first: the report one is most likely looking for.
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      const auto& p = *it;
      periods.push_back(mstch::map{{"code", p.code},
                                   {"text", PeriodText(p.code, t)},
                                   {"title", p.title},
                                   {"has_title", !p.title.empty()},
                                   {"state_text", PeriodStateText(p.state, t)},
                                   {"url", ReportUrl(s.key, p.code)},
                                   {"pdf_url", ReportUrl(s.key, p.code, "pdf")},
                                   {"md_url", ReportUrl(s.key, p.code, "md")}});
    }
    if (periods.empty()) continue;
    strategies.push_back(mstch::map{{"anchor", "rapporter-" + s.key}, {"name", s.name}, {"periods", periods}});
  }
  mstch::map view{{"has_strategies", !strategies.empty()}, {"strategies", strategies}, {"nav_reports", true}};
  if (ctx.user() && ctx.user()->role == Role::kAdmin) view["new_period_url"] = UrlFor(routes::kNewPeriod);
  return RenderPage(ctx, "report_index", t.Text("report_index_title"), view);
}

}  // namespace

void RegisterReportRoutes(Router& router) {
  router.Add("GET", routes::kReports, ReportIndexPage);
  router.Add("GET", routes::kReport, ReportPage);
  router.Add("GET", routes::kReportCompare, ComparisonPage);
  router.Add("GET", routes::kReportGoal, ReportGoalPage);
}

}  // namespace fremdrift
