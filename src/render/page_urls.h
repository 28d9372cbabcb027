// The addresses of the pages, built in one place so that links and routes
// agree (src/web/page_routes.cpp registers the same patterns):
//   /                                  home
//   /strategi/{strategy key}           strategy
//   /strategi/{strategy key}/{item key} item
//   /element/{id}                      redirects to the item's page
//   /veikart?strategi=KEY&...          roadmap
// Path segments and query values are percent-encoded.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace fremdrift {

// Percent-encodes everything but unreserved characters (A-Z a-z 0-9 - . _ ~).
std::string UrlEncodeComponent(const std::string& text);

std::string StrategyPageUrl(const std::string& strategy_key);
std::string ItemPageUrl(const std::string& strategy_key, const std::string& item_key);

// `path` followed by the encoded query built from `params` in order; pairs
// with an empty value are left out. "?" only when something remains.
std::string UrlWithQuery(const std::string& path,
                         const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace fremdrift
