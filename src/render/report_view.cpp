#include "render/report_view.h"

#include "render/benefit_view.h"
#include "render/risk_view.h"

#include <set>

#include "render/chart_sparkline.h"
#include "render/date_text.h"
#include "render/monitor_card.h"
#include "render/monitor_chart.h"
#include "render/report_urls.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

mstch::array TextList(const std::vector<std::string>& texts) {
  mstch::array out;
  for (const auto& s : texts) out.push_back(mstch::map{{"text", s}});
  return out;
}

// An anchor from a code or key: letters and digits kept, lower case.
std::string Anchor(const std::string& prefix, const std::string& code) {
  std::string out = prefix;
  for (char c : code) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else out += '-';
  }
  return out;
}

mstch::map Mark(const std::optional<Assessment>& a, const StatusScale& scale, const Catalogue& t) {
  return StatusMarkView(DescribeStatus(a, scale, t));
}

mstch::map Mark(std::string_view status, const StatusScale& scale, const Catalogue& t) {
  return StatusMarkView(DescribeStatus(status, scale, t));
}

// The mark of an expected report that has no assessment yet: "Ikke
// rapportert", which is not the same as a report saying "Ikke vurdert".
mstch::map NotReportedMark(const Catalogue& t) {
  return StatusMarkView(StatusText{std::string(kNotReportedKey), t.Text("report_not_reported"), ""});
}

// The small chart of an indicator row with two or more periods of figures
// (the monitor's sparkline, or its bar for a distribution); "" otherwise.
std::string RowChart(const ReportIndicatorRow& r, const Catalogue& t) {
  std::set<std::string> periods;
  for (const auto& v : r.series.values) periods.insert(v.period);
  if (!r.figures_shown || periods.size() < 2) return "";
  std::string summary = ChartSummary(r.indicator, r.series, t);
  ChartInput in = IndicatorChartInput(r.indicator, r.series, t, Anchor("rapport-graf-", r.indicator.code), summary);
  bool bar = DefaultChartKind(r.indicator, r.series) == MonitorChartKind::kStacked;
  return bar ? RenderSparkBarSvg(in, r.indicator.unit == "percent") : RenderSparklineSvg(in);
}


mstch::array NoteList(const std::vector<PeriodNote>& notes) {
  mstch::array out;
  for (const auto& n : notes) {
    out.push_back(mstch::map{{"title", n.title},
                             {"has_title", !n.title.empty()},
                             {"paragraphs", TextList(Paragraphs(n.text))}});
  }
  return out;
}

// The suggestion beside a hand-set status, when they differ.
mstch::map SuggestionView(const std::string& status, const std::string& justification,
                          const std::optional<Suggestion>& suggestion, const StatusScale& scale,
                          const Catalogue& t) {
  if (!SuggestionDiffers(suggestion, status, scale)) return {};
  // The roll-up's reason is written in English; bokmål pages leave it out.
  bool reason = t.lang() == "en" && !suggestion->reason.empty();
  // A justification is asked for only when a status on the scale was set.
  bool set = scale.Rank(status).has_value();
  std::string why = !set ? std::string()
                    : justification.empty() ? t.Text("report_no_justification")
                                            : t.Format("report_justification", {{"text", justification}});
  return mstch::map{{"status", Mark(suggestion->status, scale, t)},
                    {"justification", why},
                    {"has_why", !why.empty()},
                    {"has_justification", !justification.empty()},
                    {"reason", reason ? suggestion->reason : std::string()},
                    {"has_reason", reason}};
}

void PutComment(mstch::map& view, const std::string& comment) {
  auto paragraphs = Paragraphs(comment);
  view["has_comment"] = !paragraphs.empty();
  view["comment"] = TextList(paragraphs);
}

mstch::array IndicatorRows(const std::vector<ReportIndicatorRow>& rows, const StatusScale& scale,
                           const Catalogue& t) {
  mstch::array out;
  for (const auto& r : rows) {
    auto figures = FigureTexts(r, t);
    auto targets = TargetTexts(r, t);
    bool linked = r.indicator.published && r.indicator.id != 0;
    std::string chart = RowChart(r, t);
    mstch::map row{{"subject", "indicator:" + r.indicator.code},
                   {"name", r.indicator.name},
                   {"url", linked ? MonitorIndicatorUrl(r.indicator.code) : std::string()},
                   {"has_url", linked},
                   {"status", r.reported ? Mark(r.assessment.status, scale, t) : NotReportedMark(t)},
                   {"not_reported", !r.reported},
                   {"has_chart", !chart.empty()},
                   {"chart_svg", chart},
                   {"figures", TextList(figures)},
                   {"has_figures", !figures.empty()},
                   {"no_figures_text", NoFiguresText(r, t)},
                   {"targets", TextList(targets)},
                   {"has_targets", !targets.empty()}};
    PutComment(row, r.assessment.comment);
    out.push_back(std::move(row));
  }
  return out;
}

// The table of indicator rows (templates/report_indicator_table.mustache).
mstch::map IndicatorTable(const std::vector<ReportIndicatorRow>& rows, const std::string& caption,
                          const StatusScale& scale, const Catalogue& t) {
  std::vector<const Assessment*> as;
  for (const auto& r : rows) {
    if (r.reported) as.push_back(&r.assessment);
  }
  return mstch::map{{"caption", caption},
                    {"progress_heading", ProgressHeading(as, t)},
                    {"rows", IndicatorRows(rows, scale, t)}};
}

mstch::map GoalView(const StatusReport& r, const ReportGoal& g, const Catalogue& t) {
  const StatusScale& scale = r.scale;
  std::string level = r.strategy.LevelName(g.goal.level);
  mstch::map view{{"anchor", Anchor("mal-", g.goal.code.empty() ? g.goal.key : g.goal.code)},
                  {"subject", "item:" + g.goal.key},
                  {"label", level + (g.goal.code.empty() ? "" : " " + g.goal.code)},
                  {"title", g.goal.title},
                  {"heading", GoalHeading(r.strategy, g.goal)},
                  {"url", UrlFor(routes::kItem, r.strategy.key, g.goal.key)},
                  {"page_url", ReportGoalUrl(r.strategy.key, r.period.code, g.goal.key)},
                  {"status", Mark(g.now, scale, t)},
                  {"has_previous_status", g.previous.has_value()},
                  {"previous_status", g.previous ? Mark(g.previous, scale, t) : mstch::map{}},
                  {"trend_key", TrendKeyOf(g.previous, g.now, scale)},
                  {"trend_text", TrendText(g.previous, g.now, scale, t)}};
  PutComment(view, g.now ? g.now->comment : "");
  mstch::map suggestion = SuggestionView(g.now ? g.now->status : std::string(kNotAssessed),
                                         g.now ? g.now->justification : "", g.suggestion, scale, t);
  view["has_suggestion"] = !suggestion.empty();
  view["suggestion"] = suggestion;
  view["summaries"] = NoteList(g.summaries);
  view["has_summaries"] = !g.summaries.empty();

  view["indicator_table"] = IndicatorTable(
      g.indicators, t.Text("report_indicators") + ": " + GoalHeading(r.strategy, g.goal), scale, t);
  view["has_indicators"] = !g.indicators.empty();

  mstch::array initiatives;
  std::vector<const Assessment*> as;
  bool suggestions = false;
  for (const auto& row : g.initiatives) {
    if (row.reported) as.push_back(&row.assessment);
    mstch::map s = SuggestionView(row.assessment.status, row.assessment.justification, row.suggestion, scale, t);
    suggestions = suggestions || !s.empty();
    mstch::map item{{"subject", "item:" + row.item.key},
                    {"code", row.item.code},
                    {"has_code", !row.item.code.empty()},
                    {"title", row.item.title},
                    {"url", UrlFor(routes::kItem, r.strategy.key, row.item.key)},
                    {"owners", OwnersText(row.item.owners)},
                    {"has_owners", !row.item.owners.empty()},
                    {"status", row.reported ? Mark(row.assessment.status, scale, t) : NotReportedMark(t)},
                    {"not_reported", !row.reported},
                    {"has_suggestion", !s.empty()},
                    {"suggestion", s}};
    PutComment(item, row.assessment.comment);
    initiatives.push_back(std::move(item));
  }
  view["initiatives"] = initiatives;
  view["has_initiatives"] = !g.initiatives.empty();
  view["initiatives_have_suggestions"] = suggestions;
  view["initiatives_progress_heading"] = ProgressHeading(as, t);

  view["themes"] = NoteList(g.themes);
  view["has_themes"] = !g.themes.empty();
  view["qualitative"] = NoteList(g.qualitative);
  view["has_qualitative"] = !g.qualitative.empty();
  mstch::array risks;
  for (const auto& risk : g.top_risks) risks.push_back(RiskRowView(risk, {}, t));
  view["top_risks"] = risks;
  view["has_top_risks"] = !g.top_risks.empty();
  mstch::array benefits;
  for (const auto& b : g.benefits) benefits.push_back(BenefitRowView(b, t));
  view["benefits"] = benefits;
  view["has_benefits"] = !g.benefits.empty();
  return view;
}

}  // namespace

namespace {

// The outline of a level's shape in the 16 x 16 mark (StatusShape).
std::string ShapePath(StatusShape shape) {
  switch (shape) {
    case StatusShape::kCircle: return "M8 1.75a6.25 6.25 0 1 0 0.001 0z";
    case StatusShape::kDiamond: return "M8 1L15 8L8 15L1 8z";
    case StatusShape::kTriangle: return "M8 1.5L14.75 14H1.25z";
    case StatusShape::kTriangleDown: return "M1.25 2H14.75L8 14.5z";
    case StatusShape::kSquare: return "M2.25 2.25h11.5v11.5H2.25z";
  }
  return "";
}

}  // namespace

mstch::map StatusMarkView(const StatusText& s) {
  bool hollow = s.colour.empty();
  std::string dashes = s.key == kNoDataYet ? "3 2" : s.key == kNotReportedKey ? "1 2.4" : "";
  return mstch::map{{"key", s.key},
                    {"word", s.word},
                    {"fill", hollow ? std::string("#ffffff") : s.colour},
                    {"stroke", hollow ? std::string("#5a6472") : std::string("#1a1a1a")},
                    {"hollow", hollow},
                    {"dashed", !dashes.empty()},
                    {"dasharray", dashes},
                    {"shape", std::string(StatusShapeKey(s.shape))},
                    {"shape_path", ShapePath(s.shape)}};
}

mstch::map ReportView(const StatusReport& r, const Catalogue& t) {
  const StatusScale& scale = r.scale;
  std::string period_text = PeriodName(r.period.code, t);
  mstch::map view{
      {"report_heading", t.Text("report_title")},
      {"document_title", ReportDocumentTitle(r, t)},
      {"strategy_name", r.strategy.name},
      {"strategy_url", UrlFor(routes::kStrategy, r.strategy.key)},
      {"period_code", r.period.code},
      {"period_text", period_text},
      {"period_title", r.period.title},
      // The title is shown when it says more than the heading does.
      {"has_period_title", !r.period.title.empty() && r.period.title != t.Text("report_title") + " " + period_text},
      {"state_text", PeriodStateText(r.period.state, t)},
      {"is_draft", !IsPublic(r.period)},
      {"published_text", PublishedText(r.period, t)},
      {"has_publisher", IsPublic(r.period) && !r.period.publisher.empty()},
      {"publisher", r.period.publisher},
      {"has_previous", r.previous.has_value()},
      {"previous_text", r.previous ? PeriodName(r.previous->code, t) : t.Text("report_previous_none")},
      {"previous_fact", r.previous ? PeriodName(r.previous->code, t) : t.Text("report_no_previous_period")},
  };

  mstch::map overall{{"status", Mark(r.overall, scale, t)},
                     {"has_previous_status", r.overall_previous.has_value()},
                     {"previous_status", r.overall_previous ? Mark(r.overall_previous, scale, t) : mstch::map{}},
                     {"trend_key", TrendKeyOf(r.overall_previous, r.overall, scale)},
                     {"trend_text", TrendText(r.overall_previous, r.overall, scale, t)}};
  PutComment(overall, r.overall ? r.overall->comment : "");
  mstch::map overall_suggestion =
      SuggestionView(r.overall ? r.overall->status : std::string(kNotAssessed),
                     r.overall ? r.overall->justification : "", r.overall_suggestion, scale, t);
  overall["has_suggestion"] = !overall_suggestion.empty();
  overall["suggestion"] = overall_suggestion;
  view["overall"] = overall;

  mstch::array toc{mstch::map{{"anchor", std::string("samlet")}, {"text", t.Text("report_overall_heading")}}};
  if (!r.themes.empty()) toc.push_back(mstch::map{{"anchor", std::string("tema")}, {"text", t.Text("report_strategy_themes")}});
  if (!r.summaries.empty()) toc.push_back(mstch::map{{"anchor", std::string("oppsummering")}, {"text", t.Text("report_summary")}});
  if (!r.qualitative.empty()) toc.push_back(mstch::map{{"anchor", std::string("kvalitativ")}, {"text", t.Text("report_qualitative")}});

  mstch::array goals;
  bool goal_suggestions = false;
  for (const auto& g : r.goals) {
    mstch::map gv = GoalView(r, g, t);
    goal_suggestions = goal_suggestions || SuggestionDiffers(g.suggestion, g.now ? g.now->status : "", scale);
    toc.push_back(mstch::map{{"anchor", gv["anchor"]}, {"text", gv["heading"]}, {"has_page", true},
                             {"page_url", gv["page_url"]}});
    goals.push_back(std::move(gv));
  }
  if (!r.other_indicators.empty()) {
    toc.push_back(mstch::map{{"anchor", std::string("andre-indikatorer")}, {"text", t.Text("report_other_indicators")}});
  }
  view["goals"] = goals;
  view["goals_have_suggestions"] = goal_suggestions;
  view["toc"] = toc;
  view["themes"] = NoteList(r.themes);
  view["has_themes"] = !r.themes.empty();
  view["summaries"] = NoteList(r.summaries);
  view["has_summaries"] = !r.summaries.empty();
  view["qualitative"] = NoteList(r.qualitative);
  view["has_qualitative"] = !r.qualitative.empty();
  view["other_indicator_table"] = IndicatorTable(r.other_indicators, t.Text("report_other_indicators"), scale, t);
  view["has_other_indicators"] = !r.other_indicators.empty();
  mstch::array legend;
  for (const auto& level : scale.levels()) legend.push_back(Mark(level.key, scale, t));
  legend.push_back(Mark(kNotAssessed, scale, t));
  legend.push_back(Mark(kNoDataYet, scale, t));
  view["legend"] = legend;
  return view;
}

mstch::map ComparisonView(const PeriodComparison& c, const Catalogue& t) {
  const StatusScale& scale = c.scale;
  std::string from_text = PeriodName(c.from.code, t);
  std::string to_text = PeriodName(c.to.code, t);
  auto label = [&](const AssessmentChange& ch) {
    return ch.subject.kind == SubjectKind::kStrategy ? t.Text("report_overall_status_of_strategy") : ch.label;
  };
  // An item's kind is its level's name in the strategy (data, in bokmål).
  auto kind = [&](const AssessmentChange& ch) {
    return ch.level_name.empty() ? t.Text("report_subject_" + std::string(SubjectKindKey(ch.subject.kind)))
                                 : ch.level_name;
  };
  auto kind_lang = [&](const AssessmentChange& ch) { return ch.level_name.empty() ? t.lang() : std::string("nb"); };

  mstch::array status_changed;
  for (const auto& ch : c.status_changed) {
    status_changed.push_back(mstch::map{{"label", label(ch)},
                                        {"kind_text", kind(ch)},
                                        {"kind_lang", kind_lang(ch)},
                                        {"from_status", Mark(ch.before, scale, t)},
                                        {"to_status", Mark(ch.after, scale, t)},
                                        {"trend_text", TrendText(ch.before, ch.after, scale, t)}});
  }
  auto single = [&](const std::vector<AssessmentChange>& list, bool after) {
    mstch::array out;
    for (const auto& ch : list) {
      const auto& a = after ? ch.after : ch.before;
      mstch::map row{{"label", label(ch)}, {"kind_text", kind(ch)}, {"kind_lang", kind_lang(ch)},
                     {"status", Mark(a, scale, t)}};
      PutComment(row, a ? a->comment : "");
      out.push_back(std::move(row));
    }
    return out;
  };
  mstch::array comment_changed;
  for (const auto& ch : c.comment_changed) {
    auto before = Paragraphs(ch.before ? ch.before->comment : "");
    auto after = Paragraphs(ch.after ? ch.after->comment : "");
    comment_changed.push_back(mstch::map{{"label", label(ch)},
                                         {"kind_text", kind(ch)},
                                         {"kind_lang", kind_lang(ch)},
                                         {"from_comment", TextList(before)},
                                         {"has_from_comment", !before.empty()},
                                         {"to_comment", TextList(after)},
                                         {"has_to_comment", !after.empty()}});
  }
  auto notes = [&](const std::vector<NoteChange>& list) {
    mstch::array out;
    for (const auto& n : list) {
      out.push_back(mstch::map{
          {"subject", n.subject_label.empty() ? t.Text("report_subject_strategy") : n.subject_label},
          {"kind_text", t.Text("report_note_" + (IsNoteKind(n.note.kind) ? n.note.kind : std::string("qualitative")))},
          {"title", n.note.title.empty() ? t.Text("report_note_untitled") : n.note.title}});
    }
    return out;
  };

  bool any = !c.status_changed.empty() || !c.only_in_to.empty() || !c.only_in_from.empty() ||
             !c.comment_changed.empty() || !c.notes_only_in_to.empty() || !c.notes_only_in_from.empty();
  return mstch::map{
      {"strategy_name", c.strategy.name},
      {"from_code", c.from.code},
      {"to_code", c.to.code},
      {"from_text", from_text},
      {"to_text", to_text},
      {"from_url", ReportUrl(c.strategy.key, c.from.code)},
      {"to_url", ReportUrl(c.strategy.key, c.to.code)},
      {"intro", t.Format("report_compare_intro", {{"from", from_text}, {"to", to_text}})},
      {"has_changes", any},
      {"status_changed", status_changed},
      {"has_status_changed", !c.status_changed.empty()},
      {"only_in_to", single(c.only_in_to, true)},
      {"has_only_in_to", !c.only_in_to.empty()},
      {"only_in_to_heading", t.Format("report_compare_only_in", {{"period", to_text}})},
      {"only_in_from", single(c.only_in_from, false)},
      {"has_only_in_from", !c.only_in_from.empty()},
      {"only_in_from_heading", t.Format("report_compare_only_in", {{"period", from_text}})},
      {"comment_changed", comment_changed},
      {"has_comment_changed", !c.comment_changed.empty()},
      {"notes_only_in_to", notes(c.notes_only_in_to)},
      {"has_notes_only_in_to", !c.notes_only_in_to.empty()},
      {"notes_only_in_to_heading", t.Format("report_compare_notes_only_in", {{"period", to_text}})},
      {"notes_only_in_from", notes(c.notes_only_in_from)},
      {"has_notes_only_in_from", !c.notes_only_in_from.empty()},
      {"notes_only_in_from_heading", t.Format("report_compare_notes_only_in", {{"period", from_text}})},
  };
}

}  // namespace fremdrift
