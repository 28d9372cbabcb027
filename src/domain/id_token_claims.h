// The checks of an OpenID Connect ID token's (or a provider's access
// token's) claims once its signature is verified (OpenID Connect Core 1.0,
// 3.1.3.7): issuer, audience, authorised party, expiry and issue time with
// a small clock skew, and the nonce. Pure: the caller gives the time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace fremdrift {

struct TokenExpectations {
  std::string issuer;    // "iss" must equal it exactly
  std::string audience;  // "aud" must be it or an array holding it
  // When "aud" names several audiences or "azp" is present, "azp" must be
  // this (the client id); "" skips the azp check (API access tokens).
  std::string authorised_party;
  std::optional<std::string> nonce;  // "nonce" must equal it when given
  int64_t now = 0;                   // seconds since the epoch
  int64_t skew_seconds = 60;         // allowed clock difference
};

// Why the claims are refused, or nullopt when they pass. The reason names
// the claim, never its value.
std::optional<std::string> TokenClaimsProblem(const nlohmann::json& claims,
                                              const TokenExpectations& expect);

}  // namespace fremdrift
