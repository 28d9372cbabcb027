// The form for a new risk on one item: /risikoer/ny?gjelder=<subject>
// (the other risk pages are plain routes: UrlFor(routes::kRisk, key)).
#pragma once

#include <string>

#include "domain/risk.h"

namespace fremdrift {

std::string NewRiskUrl(RiskSubjectKind kind, const std::string& subject);

// The value of the form's "gjelder" (and the new-risk link's query):
// "plan_item:<strategy>/<item>" or "portfolio_item:<key>".
std::string RiskSubjectValue(RiskSubjectKind kind, const std::string& subject);

}  // namespace fremdrift
