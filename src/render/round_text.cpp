#include "render/round_text.h"

#include "render/url_for.h"

namespace fremdrift {

std::string ReportStateText(ReportState s, const Catalogue& t) {
  return t.Text("round_state_" + std::string(ReportStateKey(s)));
}

std::string DaysLeftText(int days_left, const Catalogue& t) {
  if (days_left == 0) return t.Text("round_days_today");
  if (days_left == 1) return t.Text("round_days_one_left");
  if (days_left == -1) return t.Text("round_days_one_over");
  if (days_left > 0) return t.Format("round_days_left", {{"n", std::to_string(days_left)}});
  return t.Format("round_days_over", {{"n", std::to_string(-days_left)}});
}

std::string SubjectSegment(const Subject& subject) {
  if (subject.kind == SubjectKind::kStrategy) return "strategy";
  return std::string(SubjectKindKey(subject.kind)) + ":" + subject.key;
}

std::string ReportFormUrl(const std::string& strategy_key, const std::string& period_code,
                          const Subject& subject) {
  return UrlWithQuery(UrlFor(routes::kReportAssess, period_code, SubjectSegment(subject)),
                      {{"strategy", strategy_key}});
}

}  // namespace fremdrift
