#include "render/dimension_text.h"
#include "render/report_text.h"

#include "render/date_text.h"

#include "render/monitor_achievement_text.h"
#include "render/monitor_period_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"

namespace fremdrift {

StatusText DescribeStatus(std::string_view status, const StatusScale& scale, const Catalogue& t) {
  std::string key = status.empty() ? std::string(kNotAssessed) : std::string(status);
  StatusText out{key, scale.Name(key, t.lang()), ""};
  if (auto rank = scale.Rank(key)) {
    out.colour = scale.AtRank(*rank).colour;
    out.shape = scale.AtRank(*rank).shape;
  }
  return out;
}

StatusText DescribeStatus(const std::optional<Assessment>& a, const StatusScale& scale,
                          const Catalogue& t) {
  return DescribeStatus(a ? std::string_view(a->status) : kNotAssessed, scale, t);
}

std::string TrendKeyOf(const std::optional<Assessment>& previous, const std::optional<Assessment>& now,
                       const StatusScale& scale) {
  if (!previous) return "none";
  return std::string(TrendKey(CompareStatus(previous->status, now ? now->status : "", scale)));
}

std::string TrendText(const std::optional<Assessment>& previous, const std::optional<Assessment>& now,
                      const StatusScale& scale, const Catalogue& t) {
  return t.Text("report_trend_" + TrendKeyOf(previous, now, scale));
}

bool SuggestionDiffers(const std::optional<Suggestion>& suggestion, std::string_view status,
                       const StatusScale& scale) {
  return suggestion && scale.Rank(suggestion->status).has_value() && suggestion->status != status;
}

std::string GoalHeading(const Strategy& strategy, const PlanItem& goal) {
  std::string level = strategy.LevelName(goal.level);
  std::string label = level + (goal.code.empty() ? "" : (level.empty() ? "" : " ") + goal.code);
  return label.empty() ? goal.title : label + ": " + goal.title;
}

std::string ItemName(const PlanItem& item) {
  return item.code.empty() ? item.title : item.code + " " + item.title;
}

std::vector<std::string> FigureTexts(const ReportIndicatorRow& row, const Catalogue& t) {
  std::vector<std::string> out;
  if (!row.figures_shown) return out;
  for (const auto& f : row.figures) {
    std::string value = QualifiedValueText(f.value.value, f.value.qualifier, f.indicator, t);
    std::string period = PeriodText(f.value.period, t);
    if (f.value.provisional) period += ", " + t.Text("report_figure_provisional");
    std::string label = f.label;
    if (f.indicator.code == row.indicator.code) {
      label = DimensionValueText(f.indicator, f.dimension, label, t);  // a group
    } else if (!f.indicator.unit_label.empty()) {
      label.clear();  // a part whose unit says what it counts: "15 prosjekter"
    }
    out.push_back(label.empty()
                      ? t.Format("report_figure", {{"value", value}, {"period", period}})
                      : t.Format("report_figure_labelled", {{"label", label}, {"value", value}, {"period", period}}));
  }
  return out;
}

std::string NoFiguresText(const ReportIndicatorRow& row, const Catalogue& t) {
  return row.figures_shown ? t.Text("report_no_figures") : t.Text("report_figures_internal");
}

std::vector<std::string> TargetTexts(const ReportIndicatorRow& row, const Catalogue& t) {
  std::vector<std::string> out;
  if (!row.figures_shown) return out;
  for (const auto& target : row.targets) {
    std::string text = TargetText(target, row.indicator, t);
    std::string group = TargetGroupText(row.indicator, target.dimensions, t);
    out.push_back(group.empty() ? text : t.Format("report_target_group", {{"group", group}, {"target", text}}));
  }
  return out;
}

std::string ProgressHeading(const std::vector<const Assessment*>& rows, const Catalogue& t) {
  std::string shared;
  for (const Assessment* a : rows) {
    if (a->target_label.empty()) return t.Text("report_progress");
    if (shared.empty()) shared = a->target_label;
    else if (shared != a->target_label) return t.Text("report_progress");
  }
  // The label is data written in Norwegian: only bokmål pages use it.
  return shared.empty() || t.lang() != "nb" ? t.Text("report_progress") : shared;
}

std::string PeriodName(const std::string& code, const Catalogue& t) { return PeriodText(code, t); }

std::string PeriodStateText(PeriodState state, const Catalogue& t) {
  return t.Text("report_state_" + std::string(PeriodStateKey(state)));
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string::npos) out.push_back(line.substr(first, line.find_last_not_of(" \t") - first + 1));
    start = end + 1;
  }
  return out;
}

std::string OwnersText(const std::vector<std::string>& owners) {
  std::string out;
  for (const auto& o : owners) out += (out.empty() ? "" : ", ") + o;
  return out;
}

std::string PublishedText(const ReportingPeriod& period, const Catalogue& t) {
  if (!IsPublic(period)) return t.Text("report_not_published");
  auto date = Date::Parse(period.published_on);
  return date ? DateText(*date, t.lang()) : t.Text("report_published_date_unknown");
}

std::string ReportDocumentTitle(const StatusReport& r, const Catalogue& t) {
  return t.Format("report_document_title", {{"period", PeriodName(r.period.code, t)}, {"strategy", r.strategy.name}});
}

std::string ReportFileName(const std::string& code, const std::string& extension, const Catalogue& t) {
  std::string safe;
  for (char c : code) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    safe += ok ? c : '-';
  }
  return t.Text("report_file_stem") + "-" + safe + "." + extension;
}

}  // namespace fremdrift
