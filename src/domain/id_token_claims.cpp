#include "domain/id_token_claims.h"

namespace fremdrift {
namespace {

bool AudienceHas(const nlohmann::json& aud, const std::string& audience) {
  if (aud.is_string()) return aud == audience;
  if (!aud.is_array()) return false;
  for (const auto& a : aud) {
    if (a.is_string() && a == audience) return true;
  }
  return false;
}

std::optional<int64_t> Seconds(const nlohmann::json& claims, const char* name) {
  if (!claims.contains(name) || !claims[name].is_number()) return std::nullopt;
  return claims[name].get<int64_t>();
}

}  // namespace

std::optional<std::string> TokenClaimsProblem(const nlohmann::json& claims,
                                              const TokenExpectations& expect) {
  if (!claims.is_object()) return "the token has no claims";
  if (!claims.contains("iss") || !claims["iss"].is_string() || claims["iss"] != expect.issuer) {
    return "the token's issuer (iss) is not the provider";
  }
  if (!claims.contains("aud") || !AudienceHas(claims["aud"], expect.audience)) {
    return "the token's audience (aud) is not this service";
  }
  if (!expect.authorised_party.empty()) {
    const bool several = claims["aud"].is_array() && claims["aud"].size() > 1;
    if (claims.contains("azp")) {
      if (!claims["azp"].is_string() || claims["azp"] != expect.authorised_party) {
        return "the token's authorised party (azp) is not this client";
      }
    } else if (several) {
      return "the token names several audiences without an authorised party (azp)";
    }
  }
  auto exp = Seconds(claims, "exp");
  if (!exp) return "the token has no expiry (exp)";
  if (*exp + expect.skew_seconds <= expect.now) return "the token has expired (exp)";
  auto iat = Seconds(claims, "iat");
  if (!iat) return "the token has no issue time (iat)";
  if (*iat - expect.skew_seconds > expect.now) return "the token is issued in the future (iat)";
  if (auto nbf = Seconds(claims, "nbf"); nbf && *nbf - expect.skew_seconds > expect.now) {
    return "the token is not valid yet (nbf)";
  }
  if (expect.nonce) {
    if (!claims.contains("nonce") || !claims["nonce"].is_string() || claims["nonce"] != *expect.nonce) {
      return "the token's nonce does not match the sign-in";
    }
  }
  if (!claims.contains("sub") || !claims["sub"].is_string() || claims["sub"].get<std::string>().empty()) {
    return "the token has no subject (sub)";
  }
  return std::nullopt;
}

}  // namespace fremdrift
