// The request target of an HTTP request, checked strictly and decoded:
// its path and its query parameters.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fremdrift {

struct RequestTarget {
  std::string path;   // percent-decoded, starts with '/'
  std::string query;  // raw, without the '?'; "" when there is none
  std::vector<std::pair<std::string, std::string>> query_params;  // decoded
  // The target in origin form ("/path?query"), as sent when it was.
  std::string origin_form;
};

// Parses `target` (origin form "/path?query", or the absolute form
// "http://host/path" when its authority is `host`, the Host header).
// Throws Failure(kInvalid, field "uri") for a target that is empty, has no
// leading slash, names another host, has control characters, spaces or a
// bad percent escape, or whose decoded path or query holds a NUL, another
// control character or invalid UTF-8. A '+' in the query stands for a space.
RequestTarget ParseRequestTarget(std::string_view target, std::string_view host);

}  // namespace fremdrift
