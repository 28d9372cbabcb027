#include "render/cost_urls.h"

#include "render/page_urls.h"

namespace fremdrift {

std::string CostYearUrl(int year) { return "/kostnadsdeling/" + std::to_string(year); }

std::string SolutionPageUrl(const std::string& key) {
  return "/kostnadsdeling/losning/" + UrlEncodeComponent(key);
}

std::string SolutionEditUrl(const std::string& key) { return SolutionPageUrl(key) + "/rediger"; }

std::string NewSolutionUrl() { return "/kostnadsdeling/ny-losning"; }

std::string SolutionYearPageUrl(const std::string& key, int year) {
  return SolutionPageUrl(key) + "/" + std::to_string(year);
}

std::string SolutionYearEditUrl(const std::string& key, int year) {
  return SolutionYearPageUrl(key, year) + "/rediger";
}

std::string SolutionYearDeleteUrl(const std::string& key, int year) {
  return SolutionYearPageUrl(key, year) + "/slett";
}

std::string NewSolutionYearUrl(const std::string& key) { return SolutionPageUrl(key) + "/nytt-ar"; }

std::string CostGroupPageUrl(const std::string& key) {
  return "/kostnadsdeling/gruppe/" + UrlEncodeComponent(key);
}

std::string CostGroupEditUrl(const std::string& key) { return CostGroupPageUrl(key) + "/rediger"; }

std::string NewCostGroupUrl() { return "/kostnadsdeling/ny-gruppe"; }

}  // namespace fremdrift
