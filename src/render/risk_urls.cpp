#include "render/risk_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string RiskRegisterUrl() { return "/risikoer"; }
std::string RiskPageUrl(const std::string& key) { return "/risikoer/" + UrlEncodeComponent(key); }
std::string RiskEditUrl(const std::string& key) { return RiskPageUrl(key) + "/rediger"; }
std::string NewRiskUrl() { return "/risikoer/ny"; }

std::string NewRiskUrl(RiskSubjectKind kind, const std::string& subject) {
  return NewRiskUrl() + "?gjelder=" + UrlEncodeComponent(RiskSubjectValue(kind, subject));
}

std::string RiskSubjectValue(RiskSubjectKind kind, const std::string& subject) {
  return (kind == RiskSubjectKind::kPlanItem ? "plan_item:" : "portfolio_item:") + subject;
}

}  // namespace fremdrift
