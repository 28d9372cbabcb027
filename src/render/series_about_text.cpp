#include "render/series_about_text.h"

#include "render/dimension_text.h"
#include "render/indicator_fact_text.h"
#include "render/monitor_achievement_text.h"
#include "render/monitor_period_text.h"
#include "render/monitor_time_text.h"
#include "render/monitor_value_text.h"

namespace fremdrift {
namespace {

// "60 % innen 31.12.2022 (Sykehjem): 60 % innen 2022".
std::string TargetFact(const Target& target, const Indicator& ind, const Catalogue& t) {
  std::string out = TargetText(target, ind, t);
  if (std::string group = TargetGroupText(ind, target.dimensions, t); !group.empty()) {
    out += " (" + group + ")";
  }
  if (!target.label.empty()) out += ": " + target.label;
  return out;
}

// "Ikke i rute (Sykehjem). På den rette linjen fra ...".
std::string AchievementFact(const Achievement& a, const Indicator& ind, const Catalogue& t) {
  std::string out = t.Text("status_" + std::string(AchievementStatusKey(a.status)));
  if (std::string group = TargetGroupText(ind, a.target.dimensions, t); !group.empty()) {
    out += " (" + group + ")";
  }
  return out + ". " + AchievementExplanation(a, ind, t);
}

std::string BaselineFact(const Indicator& ind, const Catalogue& t) {
  if (!ind.baseline) return t.Text("download_about_none");
  std::string out = ValueText(ind.baseline->value, ind, t) + " (" + PeriodText(ind.baseline->period, t) + ")";
  if (!ind.baseline->note.empty()) out += ": " + ind.baseline->note;
  return out;
}

// "fra 2022, fordelt på tjeneste, per år"; "Alle verdier, nasjonalt tall".
std::string SelectionFact(const Indicator& ind, const SeriesQuery& q, const Catalogue& t) {
  std::vector<std::string> parts;
  if (q.from) parts.push_back(t.Format("download_about_from", {{"period", PeriodText(q.from->ToString(), t)}}));
  if (q.to) parts.push_back(t.Format("download_about_to", {{"period", PeriodText(q.to->ToString(), t)}}));
  if (!q.by.empty()) {
    parts.push_back(t.Format("download_about_by", {{"dimension", DimensionNameText(ind, q.by, t)}}));
  }
  if (q.period_type) {
    parts.push_back(t.Format("download_about_period_type",
                             {{"period_type", t.Text("period_type_" + std::string(PeriodTypeKey(*q.period_type)))}}));
  }
  if (parts.empty()) return t.Text("download_about_everything");
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

}  // namespace

DownloadAbout SeriesAbout(const Indicator& ind, const IndicatorSeries& series, const SeriesQuery& query,
                          const Catalogue& t) {
  DownloadAbout about;
  about.sheet_name = t.Text("download_about_sheet");
  auto fact = [&](const char* key, std::vector<std::string> values) {
    about.facts.push_back({t.Text(key), std::move(values)});
  };
  fact("download_about_indicator", {ind.name});
  fact("download_about_code", {ind.code});
  fact("download_about_description", {ind.description});
  fact("download_about_unit", {UnitName(ind, t)});
  fact("download_about_direction", {DirectionText(ind.direction, t)});
  fact("download_about_source", {ind.source});
  if (!ind.source_ref.empty()) fact("download_about_source_ref", {ind.source_ref});
  fact("download_about_baseline", {BaselineFact(ind, t)});
  std::vector<std::string> targets;
  for (const auto& target : ind.targets) targets.push_back(TargetFact(target, ind, t));
  if (targets.empty()) targets.push_back(t.Text("download_about_no_targets"));
  fact("download_about_targets", targets);
  fact("download_about_data_note", {ind.data_note});
  std::vector<std::string> achievements;
  for (const auto& a : series.achievements) achievements.push_back(AchievementFact(a, ind, t));
  if (achievements.empty()) {
    achievements.push_back(t.Text(ind.direction == Direction::kNone ? "download_about_not_assessed"
                                                                    : "download_about_no_targets"));
  }
  fact("download_about_achievement", achievements);
  fact("download_about_updated", {UpdatedText(ind.data_updated_at, t)});
  fact("download_about_selection", {SelectionFact(ind, query, t)});
  return about;
}

}  // namespace fremdrift
