// A signed-in browser for page tests: signs a user in through the real
// sign-in form (GET /logg-inn for the pre-session CSRF cookie and token,
// POST /logg-inn), keeps the session cookie, and posts forms with the
// session's CSRF token the way a browser would (urlencoded or multipart).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/user.h"
#include "support/test_server.h"

namespace fremdrift::testing {

using FormFields = std::vector<std::pair<std::string, std::string>>;

// A file field of a multipart form.
struct FormFile {
  std::string field;
  std::string filename;
  std::string content;
  std::string content_type = "text/csv";
};

// The value of the first hidden or visible input named `name` in `html`
// ("" when there is none). Enough for the pages' own markup.
std::string InputValue(const std::string& html, const std::string& name);

class BrowserSession {
 public:
  // Creates user `name` of organisation `org` with `role`, gives them a
  // password and signs in. Throws std::runtime_error when sign-in fails.
  static BrowserSession SignInNewUser(TestServer& server, const std::string& name,
                                      const std::string& org, Role role);

  // Signs in an existing user whose password is `password`.
  static BrowserSession SignIn(TestServer& server, const std::string& name,
                               const std::string& password);

  HttpResult Get(const std::string& path);

  // POSTs an urlencoded form; the session's csrf_token is added unless
  // `with_csrf` is false.
  HttpResult Post(const std::string& path, FormFields fields, bool with_csrf = true);

  // POSTs a multipart/form-data form with one file.
  HttpResult PostMultipart(const std::string& path, FormFields fields, const FormFile& file,
                           bool with_csrf = true);

  const std::string& csrf_token() const { return csrf_token_; }
  const std::string& cookie() const { return cookie_; }  // "fremdrift_session=..."

 private:
  explicit BrowserSession(TestServer& server) : server_(&server) {}
  TestServer* server_;
  std::string cookie_;
  std::string csrf_token_;
};

// "a=1&b=2" with each name and value percent-encoded.
std::string UrlEncodedForm(const FormFields& fields);

}  // namespace fremdrift::testing
