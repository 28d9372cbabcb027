#include "render/risk_view.h"

#include "render/date_text.h"
#include "render/url_for.h"

namespace fremdrift {

std::string RiskLevelMark(RiskLevel level) {
  switch (level) {
    case RiskLevel::kHigh: return "▲";
    case RiskLevel::kMedium: return "■";
    case RiskLevel::kLow: return "▼";
  }
  return "";
}

mstch::map RiskRowView(const Risk& r, const RiskSubjectLink& subject, const Catalogue& t) {
  const std::string level(RiskLevelKey(r.Level()));
  const std::string state(RiskStateKey(r.state));
  return mstch::map{
      {"key", r.key},
      {"url", UrlFor(routes::kRisk, r.key)},
      {"edit_url", UrlFor(routes::kRiskEdit, r.key)},
      {"description", r.description},
      {"cause", r.cause},
      {"has_cause", !r.cause.empty()},
      {"effect", r.effect},
      {"has_effect", !r.effect.empty()},
      {"mitigation", r.mitigation},
      {"has_mitigation", !r.mitigation.empty()},
      {"likelihood", std::to_string(r.likelihood)},
      {"consequence", std::to_string(r.consequence)},
      {"score", std::to_string(r.Score())},
      {"score_text", t.Format("risk_score_text", {{"score", std::to_string(r.Score())},
                                                  {"likelihood", std::to_string(r.likelihood)},
                                                  {"consequence", std::to_string(r.consequence)}})},
      {"level", level},
      {"level_text", t.Text("risk_level_" + level)},
      {"level_mark", RiskLevelMark(r.Level())},
      {"level_chip", mstch::map{{"colour", std::string(r.Level() == RiskLevel::kHigh     ? "danger"
                                                       : r.Level() == RiskLevel::kMedium ? "warning"
                                                                                         : "success")},
                                {"mark", RiskLevelMark(r.Level())},
                                {"text", t.Text("risk_level_" + level)}}},
      {"state", state},
      {"state_text", t.Text("risk_state_" + state)},
      {"open", r.state == RiskState::kOpen},
      {"owner_text", r.owner.empty() ? t.Text("risk_no_owner") : r.owner},
      {"has_review", r.review_by.has_value()},
      {"review_text", r.review_by ? DateText(*r.review_by, t.lang()) : std::string("–")},
      {"subject", mstch::map{{"text", subject.text}, {"url", subject.url}, {"has_url", !subject.url.empty()}}},
      {"version", std::to_string(r.version)},
  };
}

}  // namespace fremdrift
