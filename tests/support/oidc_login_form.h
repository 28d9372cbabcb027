// Signing in at the test OpenID Provider (tests/oidc/provider.mjs) the way
// a person does: through its own login form in a CookieBrowser, for the
// sign-in tests with one provider or several.
#pragma once

#include <string>

#include "support/cookie_browser.h"

namespace fremdrift::testing {

// Follows `authorization_url` to the provider, fills in its login form as
// test user `account` (unless the browser is signed in there already) and
// returns the provider's redirect to Fremdrift, which must start with
// `callback` (not yet followed). A failed step is a test failure.
std::string LoginAtTestProvider(CookieBrowser& browser, const std::string& authorization_url,
                                const std::string& callback, const std::string& account);

}  // namespace fremdrift::testing
