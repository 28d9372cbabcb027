// Signing in through an OpenID Connect provider in the browser
// (docs/sign-in.md). GET /logg-inn/oidc sends the browser to the provider
// of the plain --oidc-* flags, GET /logg-inn/oidc/{provider} to the one
// with that id (--oidc-providers), each with a new state (also kept in a
// short-lived cookie, binding the answer to this browser, and stored with
// the provider, binding it to that provider). GET /logg-inn/oidc/svar and
// /logg-inn/oidc/{provider}/svar are the registered redirect URIs that
// finish the sign-in, rotate the session (any earlier session of the
// browser ends) and say so when the person waits for approval.
#pragma once

#include <string>

#include "app/oidc_settings.h"
#include "web/router.h"

namespace fremdrift {

inline constexpr const char* kOidcStateCookie = "fremdrift_oidc_state";

void RegisterOidcRoutes(Router& router);

// The path that starts a sign-in at the provider with settings id `id`:
// /logg-inn/oidc, or /logg-inn/oidc/<id>.
std::string OidcStartPath(const std::string& id);
// The path of that provider's redirect URI: /logg-inn/oidc/svar, or
// /logg-inn/oidc/<id>/svar.
std::string OidcCallbackPath(const std::string& id);

// What the sign-in page's button for `provider` says in the page's
// language: "Logg inn med <display name>" (the other language's name when
// that one is not set), or the catalogue's general wording when it has
// no display name.
std::string OidcButtonText(RequestContext& ctx, const OidcSettings& provider);

// Where the browser goes after signing out locally: the end-session URL
// of the provider the browser's session signed in with, when it has one,
// else "/". Read before the session ends.
std::string AfterSignOutUrl(RequestContext& ctx);

}  // namespace fremdrift
