#include "web/risk_heat_section.h"

#include "app/risk_service.h"
#include "app/visibility.h"
#include "domain/risk_filter.h"
#include "domain/risk_heat_map.h"
#include "render/url_for.h"
#include "render/risk_heat_map_svg.h"
#include "render/risk_urls.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map RiskHeatSection(RequestContext& ctx, const std::string& scope) {
  if (!MaySeeRisksAndBenefits(Viewer::Of(ctx.user()))) return {};
  RiskFilter filter;
  filter.scope = scope;
  std::vector<Risk> risks = FilterRisks(ListRisks(ctx.db()), filter);
  if (risks.empty()) return {};
  const Catalogue& t = PageCatalogue(ctx);
  const bool portfolio = scope == kRiskScopePortfolio;
  return mstch::map{{"risk_heat", RiskHeatSectionView(RiskHeatMapOf(risks), portfolio ? "pf-risk-heat" : "strategy-risk-heat",
                                                     t.Text(portfolio ? "risk_heat_note_portfolio" : "risk_heat_note_strategy"),
                                                     UrlFor(routes::kRisks) + "?gjelder=" + UrlEncodeComponent(scope), t)}};
}

}  // namespace fremdrift
