#include "support/signed_in_browser.h"

#include <regex>

#include "app/sign_in.h"

namespace fremdrift::testing {

std::string UrlEncodeForm(const FormFields& fields) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out += '&';
    for (const std::string* part : {&k, &v}) {
      for (unsigned char c : *part) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
          out += static_cast<char>(c);
        } else if (c == ' ') {
          out += '+';
        } else {
          out += '%';
          out += kHex[c >> 4];
          out += kHex[c & 15];
        }
      }
      if (part == &k) out += '=';
    }
  }
  return out;
}

std::string CsrfTokenIn(const std::string& html) {
  static const std::regex re(R"re(name="csrf_token" value="([^"]+)")re");
  std::smatch m;
  if (std::regex_search(html, m, re)) return m[1];
  return "";
}

std::string Browser::CookieHeader() const {
  std::string out;
  for (const auto& [k, v] : cookies_) out += (out.empty() ? "" : "; ") + k + "=" + v;
  return out;
}

HttpResult Browser::Remember(HttpResult r) {
  auto it = r.headers.find("Set-Cookie");
  if (it != r.headers.end()) {
    const std::string& c = it->second;
    auto eq = c.find('=');
    auto end = c.find(';');
    std::string name = c.substr(0, eq);
    std::string value = c.substr(eq + 1, end == std::string::npos ? end : end - eq - 1);
    if (value.empty() || c.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  if (std::string token = CsrfTokenIn(r.body); !token.empty()) csrf_ = token;
  return r;
}

HttpResult Browser::Get(const std::string& path) {
  std::map<std::string, std::string> h;
  if (!cookies_.empty()) h["Cookie"] = CookieHeader();
  return Remember(HttpRequest(port_, "GET", path, "", h));
}

HttpResult Browser::Post(const std::string& path, FormFields fields, bool with_csrf) {
  if (with_csrf) fields.emplace_back("csrf_token", csrf_);
  std::map<std::string, std::string> h{{"Content-Type", "application/x-www-form-urlencoded"}};
  if (!cookies_.empty()) h["Cookie"] = CookieHeader();
  return Remember(HttpRequest(port_, "POST", path, UrlEncodeForm(fields), h));
}

HttpResult Browser::SignIn(const std::string& name, const std::string& password) {
  Get("/logg-inn");
  return Post("/logg-inn", {{"brukernavn", name}, {"passord", password}, {"neste", "/"}});
}

HttpResult Browser::SignIn(TestServer& server, const std::string& name, const std::string& password) {
  {
    auto lease = server.pool().Acquire();
    SetPassword(*lease, name, password, "test");
  }
  return SignIn(name, password);
}

}  // namespace fremdrift::testing
