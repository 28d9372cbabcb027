// Builds the addresses of the web server's routes from the route table
// (render/route_table.h), so that a link always names a route the router
// has: `UrlFor(routes::kReport, "2023-Q1")` gives "/rapport/2023-Q1".
// Path segments and query values are percent-encoded.
#pragma once

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/route_table.h"

namespace fremdrift {

// Percent-encodes everything but unreserved characters (A-Z a-z 0-9 - . _ ~).
std::string UrlEncodeComponent(std::string_view text);

// The path of `route` with its {captures} filled, in order, by `values`,
// each percent-encoded. Throws std::invalid_argument when the number of
// values is not the number of captures.
std::string UrlFor(const routes::RouteSpec& route, std::initializer_list<std::string> values);

// A value of a capture: text as it is, a number in decimal.
inline std::string UrlValue(std::string_view text) { return std::string(text); }
template <std::integral Number>
std::string UrlValue(Number n) {
  return std::to_string(n);
}

// UrlFor with the values as arguments: UrlFor(routes::kSolutionYear, key, 2024).
template <typename... Values>
std::string UrlFor(const routes::RouteSpec& route, const Values&... values) {
  return UrlFor(route, std::initializer_list<std::string>{UrlValue(values)...});
}

// `path` followed by the encoded query built from `params` in order; pairs
// with an empty value are left out. "?" only when something remains.
std::string UrlWithQuery(const std::string& path,
                         const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace fremdrift
