#include "render/benefit_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string BenefitPageUrl(const std::string& key) { return "/gevinster/" + UrlEncodeComponent(key); }
std::string BenefitEditUrl(const std::string& key) { return BenefitPageUrl(key) + "/rediger"; }
std::string BenefitDeleteUrl(const std::string& key) { return BenefitPageUrl(key) + "/slett"; }
std::string NewBenefitUrl() { return "/gevinster/ny"; }
std::string NewBenefitUrl(const std::string& item_ref) {
  return NewBenefitUrl() + "?element=" + UrlEncodeComponent(item_ref);
}

}  // namespace fremdrift
