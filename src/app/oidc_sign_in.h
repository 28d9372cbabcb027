// Signing in through one of a server's OpenID Connect providers
// (docs/sign-in.md): the authorisation code flow with PKCE (S256), state
// and nonce, the state bound to the provider it was sent to, the ID
// token's checks, and the person's Fremdrift user: found by the keyed hash
// of the provider's issuer and their subject (the same subject at two
// providers is two people), or created at their first sign-in in the
// organisation their claims name by number, waiting for an admin's
// approval unless that organisation approves its people at once. A
// waiting user gets no session. A session remembers its provider, so that
// signing out goes on to it. Nothing from a token is logged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/oidc_provider.h"
#include "app/oidc_providers.h"
#include "app/sign_in.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// How long a sign-in may take at the provider.
inline constexpr int64_t kOidcLoginSeconds = 600;

struct OidcStart {
  std::string state;              // for the browser's cookie and the URL
  std::string authorization_url;  // where to send the browser
};

// Starts a sign-in at `provider`: stores a new state (hashed) with the
// provider's id, a nonce and a PKCE verifier, and returns the provider's authorisation URL with the S256 challenge,
// the fixed redirect URI, the scopes and prompt / acr_values when set.
// `return_to` is a local path to go to afterwards.
OidcStart StartOidcSignIn(SqlConnection& conn, OidcProvider& provider, const std::string& return_to,
                          int64_t now);

struct OidcOutcome {
  std::optional<NewSession> session;  // signed in
  bool pending = false;               // known, but waiting for approval
  std::string user_name;
  std::string return_to;
};

// What the provider's answer at the redirect URI says.
struct OidcAnswer {
  std::string state;         // the URL's "state"
  std::string cookie_state;  // the browser's state cookie
  std::string code;          // the URL's "code"
  // The URL's "iss" (RFC 9207), which providers that send it set to their
  // issuer; "" when absent.
  std::string issuer;
};

// Finishes a sign-in at `provider`'s redirect URI: the answer's state must
// be the browser's cookie_state and a stored, unused sign-in of the last
// kOidcLoginSeconds that was sent to this provider; its "iss", when given,
// must be the provider's issuer; the code is exchanged once; the ID
// token's signature and claims (iss, aud, azp, exp, iat, nonce) are
// checked. Throws Failure(kUnauthenticated) saying why (no token in the
// message), and Failure(kForbidden) when the person's organisation is not
// known and no default organisation is set. Audited.
OidcOutcome FinishOidcSignIn(SqlConnection& conn, OidcProvider& provider, const OidcAnswer& answer,
                             const std::string& address, int64_t now, const SessionPolicy& policy);

// The provider's end-session URL for RP-initiated sign-out ("" when the
// provider has none), naming the client and the registered
// post-logout redirect URI.
std::string OidcSignOutUrl(OidcProvider& provider);

// The origin (scheme://host[:port]) of the provider's end-session
// endpoint, which sign-out forms lead to; "" when it has none.
std::string OidcSignOutOrigin(OidcProvider& provider);

// The provider the browser session of cookie secret `session_token`
// signed in with; nullptr for none (no such session, a password, or a
// provider no longer configured).
OidcProvider* SessionProvider(SqlConnection& conn, const OidcProviders& providers,
                              const std::string& session_token);

// The user an API access token (Authorization: Bearer <JWT>) stands for.
// The provider is the one whose issuer the token's "iss" names; then its
// signature, issuer, audience (that provider's API audience), exp and iat
// are checked, and the subject must be an approved user. nullopt when no
// configured provider issued it, the provider takes no API tokens, or it
// is not valid; kForbidden for a user waiting for approval.
std::optional<User> UserFromProviderToken(SqlConnection& conn, const OidcProviders& providers,
                                          const std::string& token, int64_t now);

}  // namespace fremdrift
