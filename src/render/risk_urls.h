// The addresses of the risk register's pages (web/page_risks.h,
// web/page_risk_edit.h): /risikoer, /risikoer/{key}, its form, and the
// form for a new risk on one item.
#pragma once

#include <string>

#include "domain/risk.h"

namespace fremdrift {

std::string RiskRegisterUrl();
std::string RiskPageUrl(const std::string& key);
std::string RiskEditUrl(const std::string& key);
// The form for a new risk; with `subject`, on that item.
std::string NewRiskUrl();
std::string NewRiskUrl(RiskSubjectKind kind, const std::string& subject);

// The value of the form's "gjelder" (and the new-risk link's query):
// "plan_item:<strategy>/<item>" or "portfolio_item:<key>".
std::string RiskSubjectValue(RiskSubjectKind kind, const std::string& subject);

}  // namespace fremdrift
