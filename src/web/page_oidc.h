// Signing in through the OpenID Connect provider in the browser
// (docs/sign-in.md): GET /logg-inn/oidc sends the browser to the provider
// with a new state (also kept in a short-lived cookie, binding the answer
// to this browser); GET /logg-inn/oidc/svar is the registered redirect URI
// that finishes the sign-in, rotates the session (any earlier session of
// the browser ends) and says so when the person waits for approval.
#pragma once

#include "web/router.h"

namespace fremdrift {

inline constexpr const char* kOidcStateCookie = "fremdrift_oidc_state";

void RegisterOidcRoutes(Router& router);

// Where the browser goes after signing out locally: the provider's
// end-session URL when OpenID Connect is on and the provider has one,
// else "/".
std::string AfterSignOutUrl(RequestContext& ctx);

}  // namespace fremdrift
