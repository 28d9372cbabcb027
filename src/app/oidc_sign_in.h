// Signing in through an OpenID Connect provider (docs/sign-in.md): the
// authorisation code flow with PKCE (S256), state and nonce, the ID
// token's checks, and the person's Fremdrift user: found by the keyed hash
// of their subject, or created at their first sign-in in the organisation
// their claims name by number, waiting for an admin's approval unless that
// organisation approves its people at once. A waiting user gets no
// session. Nothing from a token is logged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/oidc_provider.h"
#include "app/sign_in.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// How long a sign-in may take at the provider.
inline constexpr int64_t kOidcLoginSeconds = 600;

struct OidcStart {
  std::string state;              // for the browser's cookie and the URL
  std::string authorization_url;  // where to send the browser
};

// Starts a sign-in: stores a new state (hashed), nonce and PKCE verifier,
// and returns the provider's authorisation URL with the S256 challenge,
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

// Finishes a sign-in at the redirect URI: `state` (from the URL) must be
// the browser's `cookie_state` and a stored, unused sign-in of the last
// kOidcLoginSeconds; the code is exchanged once; the ID token's signature
// and claims (iss, aud, azp, exp, iat, nonce) are checked. Throws
// Failure(kUnauthenticated) saying why (no token in the message), and
// Failure(kForbidden) when the person's organisation is not known and no
// default organisation is set. Audited.
OidcOutcome FinishOidcSignIn(SqlConnection& conn, OidcProvider& provider, const std::string& state,
                             const std::string& cookie_state, const std::string& code,
                             const std::string& address, int64_t now, const SessionPolicy& policy);

// The provider's end-session URL for RP-initiated sign-out ("" when the
// provider has none), naming the client and the registered
// post-logout redirect URI.
std::string OidcSignOutUrl(OidcProvider& provider);

// The origin (scheme://host[:port]) of the provider's end-session
// endpoint, which sign-out forms lead to; "" when it has none.
std::string OidcSignOutOrigin(OidcProvider& provider);

// The user an API access token from the provider (Authorization: Bearer
// <JWT>) stands for: signature, issuer, audience (the configured API
// audience), exp and iat checked; the subject must be an approved user.
// nullopt when the token is not such a token or not valid; kForbidden for
// a user waiting for approval.
std::optional<User> UserFromProviderToken(SqlConnection& conn, OidcProvider& provider,
                                          const std::string& token, int64_t now);

}  // namespace fremdrift
