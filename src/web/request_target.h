// The request target of an HTTP request ("/api/v1/x?from=2022&to=2024"):
// its decoded path and its query parameters in order. Read once per
// request by the server, from bytes any client can send.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fremdrift {

struct RequestTarget {
  std::string path;  // percent-decoded
  // name=value pairs, percent-decoded and '+' read as a space; a pair
  // without '=' has an empty value.
  std::vector<std::pair<std::string, std::string>> query;
};

// Throws Failure(kInvalid, field "uri") when `target` is not a valid URI
// reference (e.g. a '%' not followed by two hex digits) or when the
// decoded path or a query name or value is not UTF-8 (e.g. "%FF").
RequestTarget ParseRequestTarget(std::string_view target);

}  // namespace fremdrift
