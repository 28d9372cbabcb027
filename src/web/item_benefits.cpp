#include "web/item_benefits.h"

#include "app/benefit_service.h"
#include "app/visibility.h"
#include "render/benefit_urls.h"
#include "render/benefit_view.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map ItemBenefits(RequestContext& ctx, const std::string& item_ref, bool can_add) {
  if (!MaySeeRisksAndBenefits(Viewer::Of(ctx.user()))) return {};
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  for (const auto& b : BenefitsOfItems(ListBenefits(ctx.db()), {item_ref})) rows.push_back(BenefitRowView(b, t));
  return mstch::map{{"item_benefits", mstch::map{{"has_benefits", !rows.empty()},
                                                 {"benefits", rows},
                                                 {"can_add", can_add},
                                                 {"new_url", NewBenefitUrl(item_ref)},
                                                 {"deleted", ctx.Query("gevinst_slettet").has_value()}}}};
}

}  // namespace fremdrift
