// The addresses of the benefits' pages (web/page_benefits.h,
// web/page_benefit_edit.h): /gevinster/{key}, its forms, and the form for
// a new benefit on one plan item.
#pragma once

#include <string>

namespace fremdrift {

std::string BenefitPageUrl(const std::string& key);
std::string BenefitEditUrl(const std::string& key);
std::string BenefitDeleteUrl(const std::string& key);
// The form for a new benefit; with `item_ref` ("<strategy>/<item>"), on
// that item.
std::string NewBenefitUrl();
std::string NewBenefitUrl(const std::string& item_ref);

}  // namespace fremdrift
