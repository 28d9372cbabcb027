#include "render/dimension_text.h"
#include "render/monitor_achievement_text.h"

#include "render/date_text.h"
#include "render/monitor_period_text.h"
#include "render/monitor_value_text.h"
#include "render/qualified_value_text.h"

namespace fremdrift {
namespace {

const char* Mark(AchievementStatus s) {
  switch (s) {
    case AchievementStatus::kOnTrack: return "\u2713";
    case AchievementStatus::kAtRisk: return "!";
    case AchievementStatus::kOffTrack: return "\u2715";
    case AchievementStatus::kNoData: return "\u2013";
  }
  return "\u2013";
}

}  // namespace

std::string TargetText(const Target& target, const Indicator& ind, const Catalogue& t) {
  return t.Format("target_by", {{"value", ValueText(target.value, ind, t)},
                                {"by", DateText(target.by, t.lang())}});
}

std::string AchievementExplanation(const Achievement& a, const Indicator& ind, const Catalogue& t) {
  auto value = [&](const std::optional<double>& v) { return v ? ValueText(*v, ind, t) : ""; };
  return t.Format("achievement_reason_" + std::string(AchievementReasonKey(a.reason)),
                  {{"actual", a.actual ? QualifiedValueText(*a.actual, a.actual_qualifier, ind, t) : ""},
                   {"actual_period", PeriodText(a.actual_period, t)},
                   {"expected", value(a.expected)},
                   {"start", value(a.start)},
                   {"start_period", PeriodText(a.start_period, t)},
                   {"target", ValueText(a.target.value, ind, t)},
                   {"by", DateText(a.target.by, t.lang())}});
}

mstch::map StatusView(AchievementStatus status, const Catalogue& t) {
  std::string key(AchievementStatusKey(status));
  return mstch::map{{"status", key}, {"mark", std::string(Mark(status))},
                    {"word", t.Text("status_" + key)}};
}

mstch::map AchievementView(const Achievement& a, const Indicator& ind, const Catalogue& t) {
  mstch::map view = StatusView(a.status, t);
  std::string group = TargetGroupText(ind, a.target.dimensions, t);
  view["group"] = group;
  view["has_group"] = !group.empty();
  view["target_text"] = TargetText(a.target, ind, t);
  view["explanation"] = AchievementExplanation(a, ind, t);
  return view;
}

}  // namespace fremdrift
