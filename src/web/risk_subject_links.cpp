#include "web/risk_subject_links.h"

#include "app/risk_service.h"
#include "render/portfolio_view.h"
#include "render/risk_urls.h"
#include "render/url_for.h"

namespace fremdrift {

RiskSubjectLinks::RiskSubjectLinks(RequestContext& ctx) {
  for (const auto& c : AllRiskSubjects(ctx.db())) {
    std::string url;
    if (c.kind == RiskSubjectKind::kPortfolioItem) {
      url = PortfolioItemPageUrl(c.subject);
    } else {
      size_t slash = c.subject.find('/');
      url = UrlFor(routes::kItem, c.subject.substr(0, slash), c.subject.substr(slash + 1));
    }
    links_[RiskSubjectValue(c.kind, c.subject)] = {c.label, url};
  }
}

RiskSubjectLink RiskSubjectLinks::Of(const Risk& risk) const { return Of(risk.subject_kind, risk.subject); }

RiskSubjectLink RiskSubjectLinks::Of(RiskSubjectKind kind, const std::string& subject) const {
  auto it = links_.find(RiskSubjectValue(kind, subject));
  return it == links_.end() ? RiskSubjectLink{subject, ""} : it->second;
}

}  // namespace fremdrift
