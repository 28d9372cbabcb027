#include "render/report_markdown.h"

#include <cctype>

#include "render/date_text.h"
#include "render/report_text.h"

namespace fremdrift {
namespace {

bool IsMarkupChar(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '#': case '|': case '~': case '&':
      return true;
    default:
      return false;
  }
}

// Escapes what would start a block at the beginning of a line: a list
// item ("- ", "+ ", "1. ", "1) "), a setext underline ("===") or a
// thematic break ("---").
std::string EscapeLineStart(const std::string& line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i >= line.size()) return line;
  char c = line[i];
  if (c == '-' || c == '+' || c == '=') return line.substr(0, i) + "\\" + line.substr(i);
  size_t j = i;
  while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) ++j;
  if (j > i && j < line.size() && (line[j] == '.' || line[j] == ')')) {
    return line.substr(0, j) + "\\" + line.substr(j);
  }
  return line;
}

std::string Status(const std::optional<Assessment>& a, const StatusScale& scale, const Catalogue& t) {
  StatusText s = DescribeStatus(a, scale, t);
  return StatusEmoji(s.key, scale) + " " + MarkdownCell(s.word);
}

std::string Status(std::string_view status, const StatusScale& scale, const Catalogue& t) {
  StatusText s = DescribeStatus(status, scale, t);
  return StatusEmoji(s.key, scale) + " " + MarkdownCell(s.word);
}

// "🔴 Rød" and, when the roll-up suggests another level, the suggestion and
// the justification given.
std::string StatusWithSuggestion(const Assessment& a, const std::optional<Suggestion>& suggestion,
                                 const StatusScale& scale, const Catalogue& t) {
  if (!SuggestionDiffers(suggestion, a.status, scale)) return "";
  std::string out = Status(suggestion->status, scale, t);
  // A justification is asked for only when a status on the scale was set.
  if (!scale.Rank(a.status)) return out;
  out += "<br>" + MarkdownCell(a.justification.empty()
                                   ? t.Text("report_no_justification")
                                   : t.Format("report_justification", {{"text", a.justification}}));
  return out;
}

// An expected report with no assessment yet: "◌ Ikke rapportert".
std::string NotReported(const Catalogue& t) { return "◌ " + MarkdownCell(t.Text("report_not_reported")); }

void Paras(std::string& out, const std::string& text) {
  for (const auto& p : Paragraphs(text)) out += MarkdownText(p) + "\n\n";
}

void Notes(std::string& out, const std::vector<PeriodNote>& notes, const std::string& heading_marks) {
  for (const auto& n : notes) {
    if (!n.title.empty()) out += heading_marks + " " + MarkdownText(n.title) + "\n\n";
    Paras(out, n.text);
  }
}

void IndicatorTable(std::string& out, const std::vector<ReportIndicatorRow>& rows,
                    const StatusScale& scale, const Catalogue& t) {
  std::vector<const Assessment*> as;
  for (const auto& r : rows) {
    if (r.reported) as.push_back(&r.assessment);
  }
  std::vector<std::vector<std::string>> cells;
  for (const auto& r : rows) {
    auto figures = FigureTexts(r, t);
    auto targets = TargetTexts(r, t);
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : "<br>") + MarkdownCell(x);
      return s;
    };
    cells.push_back({MarkdownCell(r.indicator.name), r.reported ? Status(r.assessment.status, scale, t) : NotReported(t),
                     MarkdownCell(r.assessment.comment),
                     figures.empty() ? MarkdownCell(NoFiguresText(r, t)) : join(figures),
                     targets.empty() ? "–" : join(targets)});
  }
  out += MarkdownTable({t.Text("report_col_indicator"), ProgressHeading(as, t), t.Text("report_col_comment"),
                        t.Text("report_col_latest"), t.Text("report_col_target")},
                       cells);
  out += "\n";
}

void InitiativeTable(std::string& out, const std::vector<ReportItemRow>& rows, const StatusScale& scale,
                     const Catalogue& t) {
  std::vector<const Assessment*> as;
  bool suggestions = false;
  for (const auto& r : rows) {
    if (r.reported) as.push_back(&r.assessment);
    suggestions = suggestions || SuggestionDiffers(r.suggestion, r.assessment.status, scale);
  }
  std::vector<std::string> header{t.Text("report_col_initiative"), t.Text("report_col_owner"),
                                  ProgressHeading(as, t), t.Text("report_col_comment")};
  if (suggestions) header.push_back(t.Text("report_col_suggested"));
  std::vector<std::vector<std::string>> cells;
  for (const auto& r : rows) {
    std::string owners = OwnersText(r.item.owners);
    std::vector<std::string> row{MarkdownCell(ItemName(r.item)), owners.empty() ? "–" : MarkdownCell(owners),
                                 r.reported ? Status(r.assessment.status, scale, t) : NotReported(t),
                                 MarkdownCell(r.assessment.comment)};
    if (suggestions) {
      std::string s = StatusWithSuggestion(r.assessment, r.suggestion, scale, t);
      row.push_back(s.empty() ? "–" : s);
    }
    cells.push_back(std::move(row));
  }
  out += MarkdownTable(header, cells) + "\n";
}

}  // namespace

namespace {

// `line_starts`: whether what would start a block at the beginning of a
// line is escaped too (not needed inside a table cell, which holds inline
// text only).
std::string EscapeMarkdown(std::string_view text, bool line_starts) {
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::string escaped;
    for (char c : line) {
      if (IsMarkupChar(c)) escaped += '\\';
      escaped += c;
    }
    if (!first) out += '\n';
    out += line_starts ? EscapeLineStart(escaped) : escaped;
    first = false;
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string MarkdownText(std::string_view text) { return EscapeMarkdown(text, true); }

std::string MarkdownCell(std::string_view text) {
  std::string normalised;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      normalised += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      normalised += text[i];
    }
  }
  std::string escaped = EscapeMarkdown(normalised, false);
  std::string out;
  for (char c : escaped) {
    if (c == '\n') out += "<br>";
    else out += c;
  }
  size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) return " ";
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

std::string MarkdownTable(const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows) {
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s = "|";
    for (size_t i = 0; i < header.size(); ++i) {
      const std::string& cell = i < cells.size() ? cells[i] : std::string();
      s += ' ';
      s += cell.empty() ? std::string(" ") : cell;
      s += " |";
    }
    return s + "\n";
  };
  std::vector<std::string> head;
  for (const auto& h : header) head.push_back(MarkdownCell(h));
  std::string out = line(head);
  out += "|";
  for (size_t i = 0; i < header.size(); ++i) out += " --- |";
  out += "\n";
  for (const auto& r : rows) out += line(r);
  return out;
}

std::string StatusEmoji(std::string_view status, const StatusScale& scale) {
  auto rank = scale.Rank(status);
  if (!rank) return "⚪";
  // By where the level lies between the scale's best and worst, whatever
  // its key: green, yellow, orange, red.
  int last = static_cast<int>(scale.levels().size()) - 1;
  double share = last > 0 ? static_cast<double>(*rank) / last : 0;
  return share < 0.34 ? "🟢" : share < 0.6 ? "🟡" : share < 0.8 ? "🟠" : "🔴";
}

std::string ReportMarkdown(const StatusReport& r, const Catalogue& t) {
  const StatusScale& scale = r.scale;
  std::string period = PeriodName(r.period.code, t);
  std::string out;
  out += "# " + MarkdownText(t.Text("report_title") + " – " + period) + "\n\n";
  out += "**" + MarkdownText(r.strategy.name) + "**\n\n";
  if (!r.period.title.empty()) out += MarkdownText(r.period.title) + "\n\n";
  out += MarkdownText(t.Format("report_facts_line_published", {{"code", r.period.code},
                                                                 {"state", PeriodStateText(r.period.state, t)},
                                                                 {"date", PublishedText(r.period, t)}})) +
         "\n\n";
  if (IsPublic(r.period) && !r.period.publisher.empty()) {
    out += MarkdownText(t.Format("report_sender_line", {{"sender", r.period.publisher}})) + "\n\n";
  }
  if (!IsPublic(r.period)) out += "> **" + MarkdownText(t.Text("report_draft")) + "**\n\n";

  // The overall assessment.
  out += "## " + MarkdownText(t.Text("report_overall_heading")) + "\n\n";
  out += "**" + MarkdownText(t.Text("report_overall_status")) + ":** " + Status(r.overall, scale, t) + "\n\n";
  if (r.overall) {
    Paras(out, r.overall->comment);
    std::string s = StatusWithSuggestion(*r.overall, r.overall_suggestion, scale, t);
    if (!s.empty()) out += "**" + MarkdownText(t.Text("report_col_suggested")) + ":** " + s + "\n\n";
  }
  std::string prev_heading = r.previous ? PeriodName(r.previous->code, t) : t.Text("report_previous_none");
  bool goal_suggestions = false;
  for (const auto& g : r.goals) {
    goal_suggestions = goal_suggestions || SuggestionDiffers(g.suggestion, g.now ? g.now->status : "", scale);
  }
  std::vector<std::string> header{t.Text("report_col_goal"), prev_heading, period, t.Text("report_col_trend")};
  if (goal_suggestions) header.push_back(t.Text("report_col_suggested"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& g : r.goals) {
    std::vector<std::string> row{MarkdownCell(GoalHeading(r.strategy, g.goal)),
                                 g.previous ? Status(g.previous, scale, t) : "–", Status(g.now, scale, t),
                                 MarkdownCell(TrendText(g.previous, g.now, scale, t))};
    if (goal_suggestions) {
      Assessment now = g.now.value_or(Assessment{});
      std::string s = StatusWithSuggestion(now, g.suggestion, scale, t);
      row.push_back(s.empty() ? "–" : s);
    }
    rows.push_back(std::move(row));
  }
  out += "### " + MarkdownText(t.Text("report_goals_caption")) + "\n\n" + MarkdownTable(header, rows) + "\n";

  if (!r.themes.empty()) {
    out += "## " + MarkdownText(t.Text("report_strategy_themes")) + "\n\n";
    Notes(out, r.themes, "###");
  }
  if (!r.summaries.empty()) {
    out += "## " + MarkdownText(t.Text("report_summary")) + "\n\n";
    Notes(out, r.summaries, "###");
  }
  if (!r.qualitative.empty()) {
    out += "## " + MarkdownText(t.Text("report_qualitative")) + "\n\n";
    Notes(out, r.qualitative, "###");
  }

  for (const auto& g : r.goals) {
    out += "## " + MarkdownText(GoalHeading(r.strategy, g.goal)) + "\n\n";
    out += "**" + MarkdownText(t.Text("report_overall_status")) + ":** " + Status(g.now, scale, t);
    if (r.previous) {
      out += " (" + MarkdownText(PeriodName(r.previous->code, t)) + ": " +
             (g.previous ? Status(g.previous, scale, t) : "–") + "; " +
             MarkdownText(TrendText(g.previous, g.now, scale, t)) + ")";
    }
    out += "\n\n";
    if (g.now) {
      Paras(out, g.now->comment);
      std::string s = StatusWithSuggestion(*g.now, g.suggestion, scale, t);
      if (!s.empty()) out += "**" + MarkdownText(t.Text("report_col_suggested")) + ":** " + s + "\n\n";
    }
    Notes(out, g.summaries, "####");
    out += "### " + MarkdownText(t.Text("report_indicators")) + "\n\n";
    if (g.indicators.empty()) out += MarkdownText(t.Text("report_no_indicators")) + "\n\n";
    else IndicatorTable(out, g.indicators, scale, t);
    out += "### " + MarkdownText(t.Text("report_initiatives")) + "\n\n";
    if (g.initiatives.empty()) out += MarkdownText(t.Text("report_no_initiatives")) + "\n\n";
    else InitiativeTable(out, g.initiatives, scale, t);
    out += "### " + MarkdownText(t.Text("report_themes")) + "\n\n";
    if (g.themes.empty()) out += MarkdownText(t.Text("report_no_themes")) + "\n\n";
    else Notes(out, g.themes, "####");
    out += "### " + MarkdownText(t.Text("report_qualitative")) + "\n\n";
    if (g.qualitative.empty()) out += MarkdownText(t.Text("report_no_qualitative")) + "\n\n";
    else Notes(out, g.qualitative, "####");
    if (!g.top_risks.empty()) {
      // Only in a signed-in reader's report (domain/status_report.h).
      out += "### " + MarkdownText(t.Text("report_top_risks")) + "\n\n";
      for (size_t i = 0; i < g.top_risks.size(); ++i) {
        const Risk& risk = g.top_risks[i];
        const std::string level(RiskLevelKey(risk.Level()));
        out += std::to_string(i + 1) + ". " + MarkdownText(risk.description) + " (" +
               MarkdownText(t.Text("risk_level_" + level)) + ", " +
               MarkdownText(t.Format("risk_score_text", {{"score", std::to_string(risk.Score())},
                                                         {"likelihood", std::to_string(risk.likelihood)},
                                                         {"consequence", std::to_string(risk.consequence)}})) +
               ")\n";
      }
      out += "\n";
    }
    if (!g.benefits.empty()) {
      // Only in a signed-in reader's report (domain/status_report.h).
      out += "### " + MarkdownText(t.Text("report_benefits")) + "\n\n";
      for (const Benefit& b : g.benefits) {
        out += "- " + MarkdownText(b.description) + " (" +
               MarkdownText(t.Text("benefit_state_" + std::string(BenefitStateKey(b.state)))) + ", " +
               MarkdownText(t.Text("benefit_kind_" + std::string(BenefitKindKey(b.kind))));
        if (!b.target.empty()) out += ", " + MarkdownText(t.Text("benefit_field_target") + ": " + b.target);
        out += ")\n";
      }
      out += "\n";
    }
  }
  if (!r.other_indicators.empty()) {
    out += "## " + MarkdownText(t.Text("report_other_indicators")) + "\n\n";
    IndicatorTable(out, r.other_indicators, scale, t);
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace fremdrift
