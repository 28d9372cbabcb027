#include "render/risk_urls.h"

#include "render/url_for.h"

namespace fremdrift {

std::string NewRiskUrl(RiskSubjectKind kind, const std::string& subject) {
  return UrlWithQuery(UrlFor(routes::kNewRisk), {{"gjelder", RiskSubjectValue(kind, subject)}});
}

std::string RiskSubjectValue(RiskSubjectKind kind, const std::string& subject) {
  return (kind == RiskSubjectKind::kPlanItem ? "plan_item:" : "portfolio_item:") + subject;
}

}  // namespace fremdrift
