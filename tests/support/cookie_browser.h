// A minimal browser for sign-in tests that cross sites: requests to
// absolute http:// URLs on loopback, cookies kept per host and port (as
// the servers set them), redirects followed on request. Enough to walk
// the OpenID Connect code flow through a real provider and Fremdrift.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace fremdrift::testing {

struct BrowserAnswer {
  int status = 0;
  std::string url;  // the URL that gave this answer
  std::string location;  // the Location header, made absolute; "" if none
  std::string body;
};

class CookieBrowser {
 public:
  // One request; `form` (when not empty) is sent urlencoded as a POST body.
  BrowserAnswer Send(const std::string& method, const std::string& url,
                     const std::vector<std::pair<std::string, std::string>>& form = {});
  BrowserAnswer Get(const std::string& url) { return Send("GET", url); }
  // GETs `url` and follows redirects until an answer is not a redirect or
  // `stop_at_prefix` (when not empty) starts the next URL; returns the
  // last answer (for a stop, the redirect that led there).
  BrowserAnswer Follow(const std::string& url, const std::string& stop_at_prefix = "", int max_hops = 10);

  // The cookie `name` this browser holds for `host_port` ("" if none).
  std::string Cookie(const std::string& host_port, const std::string& name) const;
  void SetCookie(const std::string& host_port, const std::string& name, const std::string& value);

 private:
  std::map<std::string, std::map<std::string, std::string>> jar_;  // host:port -> name -> value
};

// The value of query parameter `name` in `url` (decoded), "" if none.
std::string QueryParam(const std::string& url, const std::string& name);

// `url` with query parameter `name` set to `value`.
std::string WithQueryParam(const std::string& url, const std::string& name, const std::string& value);

}  // namespace fremdrift::testing
