// What each risk concerns as a link for the risk pages: a plan item's code
// and title with its page, or a portfolio item's name with its page, keyed
// by RiskSubjectValue (render/risk_urls.h). For signed-in readers (the
// only readers of risks), who may see every strategy.
#pragma once

#include <map>
#include <string>

#include "domain/risk.h"
#include "render/risk_view.h"
#include "web/request_context.h"

namespace fremdrift {

class RiskSubjectLinks {
 public:
  explicit RiskSubjectLinks(RequestContext& ctx);

  // The link for `risk`'s subject; its bare reference when it is unknown.
  RiskSubjectLink Of(const Risk& risk) const;
  RiskSubjectLink Of(RiskSubjectKind kind, const std::string& subject) const;

 private:
  std::map<std::string, RiskSubjectLink> links_;
};

}  // namespace fremdrift
