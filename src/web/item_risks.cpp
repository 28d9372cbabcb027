#include "web/item_risks.h"

#include "app/risk_service.h"
#include "app/visibility.h"
#include "domain/risk_filter.h"
#include "render/risk_urls.h"
#include "render/risk_view.h"
#include "render/url_for.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map ItemRisks(RequestContext& ctx, RiskSubjectKind kind, const std::string& subject, bool can_add) {
  if (!MaySeeRisksAndBenefits(Viewer::Of(ctx.user()))) return {};
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  for (const auto& r : RisksOfSubject(ListRisks(ctx.db()), kind, subject)) {
    rows.push_back(RiskRowView(r, {}, t));
  }
  return mstch::map{{"item_risks", mstch::map{{"has_risks", !rows.empty()},
                                              {"risks", rows},
                                              {"can_add", can_add},
                                              {"new_url", NewRiskUrl(kind, subject)},
                                              {"register_url", UrlFor(routes::kRisks)}}}};
}

}  // namespace fremdrift
