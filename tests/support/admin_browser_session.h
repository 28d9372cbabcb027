// A browser signed in to a TestServer through the sign-in page, as a
// person would be: it carries the session cookie and sends the CSRF token
// of the session's forms with every form it posts.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "support/test_server.h"

namespace fremdrift::testing::admin_forms {

using FormFields = std::vector<std::pair<std::string, std::string>>;

class BrowserSession {
 public:
  // Gives user `name` (who must exist) the password `password` and signs
  // in with it through GET and POST /logg-inn. Fails the test if the
  // sign-in does not succeed.
  BrowserSession(TestServer& server, const std::string& name,
                 const std::string& password = "correct horse battery");

  HttpResult Get(const std::string& path);
  // Posts `fields` as application/x-www-form-urlencoded, with the session's
  // csrf_token added first unless `csrf_token` overrides it ("" sends none).
  HttpResult Post(const std::string& path, const FormFields& fields);
  HttpResult PostWithToken(const std::string& path, const FormFields& fields,
                           const std::string& csrf_token);

  const std::string& csrf_token() const { return csrf_token_; }

 private:
  TestServer& server_;
  std::string cookie_;      // "fremdrift_session=..."
  std::string csrf_token_;
};

// The fields URL-encoded as a form body.
std::string EncodeForm(const FormFields& fields);

// The value of the first hidden input named `name` in an HTML page, or "".
std::string HiddenInput(const std::string& html, const std::string& name);

}  // namespace fremdrift::testing::admin_forms
