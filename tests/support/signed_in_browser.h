// A browser as the page tests need one: it keeps cookies, signs in through
// /logg-inn like a person would (with the pre-session CSRF cookie), reads
// the CSRF token from the pages it gets, and posts url-encoded forms.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "support/test_server.h"

namespace fremdrift::testing {

using FormFields = std::vector<std::pair<std::string, std::string>>;

// Sets every field of `form` named `name` to `value`.
inline void SetField(FormFields& form, const std::string& name, const std::string& value) {
  for (auto& [k, v] : form) {
    if (k == name) v = value;
  }
}

// application/x-www-form-urlencoded text of `fields`.
std::string UrlEncodeForm(const FormFields& fields);

// The value of the first hidden csrf_token field in `html`, or "".
std::string CsrfTokenIn(const std::string& html);

class Browser {
 public:
  explicit Browser(int port) : port_(port) {}

  // Sets `password` for an existing user through the app layer, then signs
  // in through the sign-in form. Returns the sign-in response (303 when it
  // worked).
  HttpResult SignIn(TestServer& server, const std::string& name, const std::string& password);
  // Signs in with a password already set.
  HttpResult SignIn(const std::string& name, const std::string& password);

  HttpResult Get(const std::string& path);
  // Posts `fields`; when `with_csrf` the token of the last page fetched is
  // added as csrf_token.
  HttpResult Post(const std::string& path, FormFields fields, bool with_csrf = true);

  const std::string& csrf_token() const { return csrf_; }
  // The Cookie header this browser sends.
  std::string CookieHeader() const;
  bool HasCookie(const std::string& name) const { return cookies_.count(name) != 0; }

 private:
  HttpResult Remember(HttpResult r);
  int port_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_;
};

}  // namespace fremdrift::testing
