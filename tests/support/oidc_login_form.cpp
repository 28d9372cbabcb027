#include "support/oidc_login_form.h"

#include <gtest/gtest.h>

#include <regex>

#include <Poco/URI.h>

namespace fremdrift::testing {

std::string LoginAtTestProvider(CookieBrowser& browser, const std::string& authorization_url,
                                const std::string& callback, const std::string& account) {
  BrowserAnswer form = browser.Follow(authorization_url, callback);
  // Signed in at the provider already: it answers at once.
  if (form.location.rfind(callback, 0) == 0) return form.location;
  EXPECT_EQ(form.status, 200) << form.body;
  std::smatch m;
  EXPECT_TRUE(std::regex_search(form.body, m, std::regex("action=\"([^\"]+)\""))) << form.body;
  std::string action = Poco::URI(Poco::URI(form.url), m[1].str()).toString();
  BrowserAnswer posted = browser.Send("POST", action, {{"prompt", "login"}, {"login", account}, {"password", "x"}});
  EXPECT_EQ(posted.status / 100, 3) << posted.body;
  BrowserAnswer back = browser.Follow(posted.location, callback);
  EXPECT_EQ(back.location.rfind(callback, 0), 0u) << back.location << back.body;
  return back.location;
}

}  // namespace fremdrift::testing
