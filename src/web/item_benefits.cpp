#include "web/item_benefits.h"

#include <algorithm>

#include "app/benefit_service.h"
#include "render/benefit_view.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map ItemBenefits(RequestContext& ctx, const std::string& item_ref) {
  if (!ctx.user()) return {};
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array rows;
  for (const auto& b : ListBenefits(ctx.db())) {
    if (std::find(b.items.begin(), b.items.end(), item_ref) != b.items.end()) rows.push_back(BenefitRowView(b, t));
  }
  return mstch::map{{"item_benefits", mstch::map{{"has_benefits", !rows.empty()}, {"benefits", rows}}}};
}

}  // namespace fremdrift
