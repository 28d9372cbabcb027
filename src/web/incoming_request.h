// One HTTP request as the server received it, before its body: method,
// target, headers and the peer's address. A plain value, independent of
// the HTTP library; RequestContext wraps it for handlers.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fremdrift {

struct IncomingRequest {
  std::string method;  // as sent, e.g. "GET"
  std::string target;  // the request target as sent, e.g. "/a%20b?x=1"
  // Header fields in the order received; names as sent.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string peer_address;  // the TCP peer's IP address

  // The value of the first header `name` (compared without regard to
  // case), or `fallback` when there is none.
  std::string Header(std::string_view name, std::string_view fallback = "") const;
  bool HasHeader(std::string_view name) const;
  // How many header fields are called `name`.
  int HeaderCount(std::string_view name) const;
  // The value of cookie `name` from the Cookie headers, or "".
  std::string Cookie(std::string_view name) const;
};

}  // namespace fremdrift
