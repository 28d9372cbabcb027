#include "web/page_narrative.h"

#include "app/narrative_service.h"
#include "app/organisation_reads.h"
#include "app/reporting_service.h"
#include "app/strategy_items.h"
#include "domain/failure.h"
#include "render/report_urls.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/object_history.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

constexpr const char* kKinds[] = {"summary", "theme", "qualitative"};

// The most notes one form posts (kind_0 ... kind_499).
constexpr int kMaxNotes = 500;

struct NarrativeLoaded {
  Strategy strategy;
  ReportingPeriod period;
  Subject subject;
  std::string label;
};

NarrativeLoaded NarrativeLoad(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto [s, p] = FindPeriod(ctx.db(), ctx.Query("strategy").value_or(""), ctx.Param("period"), Viewer::Of(user));
  const std::string text = ctx.Param("subject");
  Subject subject{SubjectKind::kStrategy, ""};
  if (text.rfind("item:", 0) == 0) subject = {SubjectKind::kItem, text.substr(5)};
  else if (text != "strategy") throw Failure(FailureCode::kNotFound, "no narrative '" + text + "'", "subject");
  RequireMayWriteNarrative(ctx.db(), user, s, p, subject);
  std::string label = s.name;
  if (subject.kind == SubjectKind::kItem) {
    auto item = VisibleItemByKey(ctx.db(), Viewer::Of(user), s, subject.key);
    label = (item->code.empty() ? "" : item->code + " ") + item->title;
  }
  return {s, p, subject, label};
}

std::string PageUrl(const NarrativeLoaded& l, const routes::RouteSpec& route = routes::kReportNarrative) {
  return UrlWithQuery(UrlFor(route, l.period.code,
                             l.subject.kind == SubjectKind::kStrategy ? "strategy" : "item:" + l.subject.key),
                      {{"strategy", l.strategy.key}});
}

Response NarrativeForm(RequestContext& ctx, const NarrativeLoaded& l, const std::vector<PeriodNote>& notes, const std::string& version,
              const FormProblems& problems, bool stale, int status, bool blank_rows = true) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  auto add = [&](const PeriodNote& n) {
    const std::string i = std::to_string(rows.size());
    mstch::array kinds;
    for (const char* k : kKinds) {
      kinds.push_back(mstch::map{{"value", std::string(k)}, {"label", t.Text(std::string("narrative_kind_") + k)},
                                 {"selected", n.kind == k}});
    }
    auto error = [&](const std::string& field) {
      auto it = problems.by_field.find(field + "_" + i);
      return it == problems.by_field.end() ? std::string() : it->second;
    };
    rows.push_back(mstch::map{{"i", i},
                              {"number", std::to_string(rows.size() + 1)},
                              {"kinds", kinds},
                              {"title", n.title},
                              {"text", n.text},
                              {"text_error", error("text")},
                              {"has_text_error", !error("text").empty()}});
  };
  for (const auto& n : notes) add(n);
  // One empty row per kind for a new text.
  if (blank_rows) {
    for (const char* k : kKinds) add(PeriodNote{l.subject, k, "", "", ""});
  }
  const User& user = ctx.RequireUser();
  mstch::map view{
      {"heading", t.Format("narrative_title", {{"period", l.period.code}})},
      {"subject_label", l.label},
      {"rows", rows},
      {"action", PageUrl(l)},
      {"version", version},
      {"current_url", PageUrl(l)},
      {"stale", stale},
      {"saved", status == kHttpOk && ctx.Query("lagret").has_value()},
      {"has_general_error", !problems.general.empty()},
      {"general_error", problems.general},
      {"cancel_url", ReportUrl(l.strategy.key, l.period.code)},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kReports)}, {"text", t.Text("nav_reports")}},
                                   mstch::map{{"url", ReportUrl(l.strategy.key, l.period.code)}, {"text", l.period.code}}}},
      {"nav_reports", true},
  };
  std::string owner = NarrativeOwner(ctx.db(), l.strategy, l.subject);
  view["owner_text"] = owner.empty() ? t.Text("narrative_owner_secretariat") : owner;
  if (user.role == Role::kAdmin) {
    mstch::array orgs{mstch::map{{"value", std::string("")}, {"label", t.Text("narrative_owner_secretariat")}, {"selected", owner.empty()}}};
    for (const auto& o : Organisations(ctx.db())) {
      orgs.push_back(mstch::map{{"value", o.short_name}, {"label", o.name + " (" + o.short_name + ")"},
                                {"selected", o.short_name == owner}});
    }
    view["may_assign"] = true;
    view["organisations"] = orgs;
    view["assign_action"] = PageUrl(l, routes::kReportNarrativeOwner);
  }
  view.merge(ObjectHistory(ctx, "period_narrative",
                           std::to_string(l.period.id) + "/" +
                               (l.subject.kind == SubjectKind::kStrategy ? "strategy" : "item:" + l.subject.key)));
  return RenderPage(ctx, "narrative_edit", t.Format("narrative_title", {{"period", l.period.code}}) + " – " + l.label,
                    std::move(view), "", status);
}

Response Show(RequestContext& ctx) {
  NarrativeLoaded l = NarrativeLoad(ctx);
  auto notes = NarrativeNotes(ctx.db(), l.period, l.subject);
  return NarrativeForm(ctx, l, notes, NarrativeVersion(notes), {}, false, kHttpOk);
}

Response NarrativeSave(RequestContext& ctx) {
  NarrativeLoaded l = NarrativeLoad(ctx);
  const FormData& form = ctx.Form();
  std::vector<PeriodNote> notes;
  for (int i = 0; i < kMaxNotes; ++i) {
    auto kind = form.Find("kind_" + std::to_string(i));
    if (!kind) break;
    notes.push_back({l.subject, *kind, form.Get("title_" + std::to_string(i)), form.Get("text_" + std::to_string(i)), ""});
  }
  const std::string version = form.Get("version");
  try {
    SaveNarrative(ctx.db(), ctx.RequireUser(), l.strategy, l.period, l.subject, notes, version);
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      return NarrativeForm(ctx, l, notes, version, {}, true, HttpStatus(FailureCode::kConflict), false);
    }
    if (f.code() != FailureCode::kInvalid) throw;
    std::vector<std::string> fields;
    for (size_t i = 0; i < notes.size(); ++i) {
      fields.push_back("text_" + std::to_string(i));
      fields.push_back("kind_" + std::to_string(i));
    }
    // The rows as posted, so that each error stays beside its row.
    return NarrativeForm(ctx, l, notes, version, ProblemsForForm(f, fields, PageCatalogue(ctx)), false,
                HttpStatus(FailureCode::kInvalid), false);
  }
  return Response::Redirect(PageUrl(l) + "&lagret=1");
}

Response Assign(RequestContext& ctx) {
  NarrativeLoaded l = NarrativeLoad(ctx);
  AssignNarrative(ctx.db(), ctx.RequireUser(), l.strategy, l.subject, ctx.Form().Get("organisation"));
  return Response::Redirect(PageUrl(l) + "&lagret=1");
}

}  // namespace

void RegisterNarrativePageRoutes(Router& router) {
  router.Add("GET", routes::kReportNarrative, Show);
  router.Add("POST", routes::kReportNarrative, NarrativeSave);
  router.Add("POST", routes::kReportNarrativeOwner, Assign);
}

}  // namespace fremdrift
