#include "render/benefit_urls.h"

#include "render/url_for.h"

namespace fremdrift {

std::string NewBenefitUrl(const std::string& item_ref) {
  return UrlFor(routes::kNewBenefit) + "?element=" + UrlEncodeComponent(item_ref);
}

}  // namespace fremdrift
