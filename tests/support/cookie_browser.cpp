#include "support/cookie_browser.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <stdexcept>

namespace fremdrift::testing {
namespace {

std::string HostPort(const Poco::URI& uri) { return uri.getHost() + ":" + std::to_string(uri.getPort()); }

}  // namespace

BrowserAnswer CookieBrowser::Send(const std::string& method, const std::string& url,
                                  const std::vector<std::pair<std::string, std::string>>& form) {
  Poco::URI uri(url);
  Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
  session.setTimeout(Poco::Timespan(20, 0));
  std::string target = uri.getPathAndQuery();
  Poco::Net::HTTPRequest request(method, target.empty() ? "/" : target, Poco::Net::HTTPMessage::HTTP_1_1);
  Poco::Net::NameValueCollection cookies;
  for (const auto& [name, value] : jar_[HostPort(uri)]) cookies.add(name, value);
  if (!cookies.empty()) request.setCookies(cookies);
  if (!form.empty() || method == "POST") {
    Poco::Net::HTMLForm f;
    f.setEncoding(Poco::Net::HTMLForm::ENCODING_URL);
    for (const auto& [k, v] : form) f.add(k, v);
    f.prepareSubmit(request);
    f.write(session.sendRequest(request));
  } else {
    session.sendRequest(request);
  }
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  BrowserAnswer a;
  a.status = response.getStatus();
  a.url = url;
  Poco::StreamCopier::copyToString(in, a.body);
  std::vector<Poco::Net::HTTPCookie> set;
  response.getCookies(set);
  for (const auto& c : set) {
    if (c.getMaxAge() == 0 || c.getValue().empty()) {
      jar_[HostPort(uri)].erase(c.getName());
    } else {
      jar_[HostPort(uri)][c.getName()] = c.getValue();
    }
  }
  if (response.has("Location")) {
    Poco::URI next(uri, response.get("Location"));
    a.location = next.toString();
  }
  return a;
}

BrowserAnswer CookieBrowser::Follow(const std::string& url, const std::string& stop_at_prefix, int max_hops) {
  BrowserAnswer a = Get(url);
  for (int i = 0; i < max_hops; ++i) {
    if (a.status < 300 || a.status >= 400 || a.location.empty()) return a;
    if (!stop_at_prefix.empty() && a.location.rfind(stop_at_prefix, 0) == 0) return a;
    a = Get(a.location);
  }
  throw std::runtime_error("too many redirects from " + url);
}

std::string CookieBrowser::Cookie(const std::string& host_port, const std::string& name) const {
  auto site = jar_.find(host_port);
  if (site == jar_.end()) return "";
  auto c = site->second.find(name);
  return c == site->second.end() ? "" : c->second;
}

void CookieBrowser::SetCookie(const std::string& host_port, const std::string& name, const std::string& value) {
  jar_[host_port][name] = value;
}

std::string QueryParam(const std::string& url, const std::string& name) {
  for (const auto& [k, v] : Poco::URI(url).getQueryParameters()) {
    if (k == name) return v;
  }
  return "";
}

std::string WithQueryParam(const std::string& url, const std::string& name, const std::string& value) {
  Poco::URI uri(url);
  auto params = uri.getQueryParameters();
  bool found = false;
  for (auto& [k, v] : params) {
    if (k == name) {
      v = value;
      found = true;
    }
  }
  if (!found) params.emplace_back(name, value);
  uri.setQueryParameters(params);
  return uri.toString();
}

}  // namespace fremdrift::testing
