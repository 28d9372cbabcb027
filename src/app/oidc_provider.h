// One OpenID Connect provider as Fremdrift uses it: its discovery document
// (read at start and again once discovery_refresh_seconds have passed),
// its keys (cached, and fetched again when a token names an unknown kid:
// that is how a provider's key rotation is followed), the code exchange at
// its token endpoint with the client's authentication, and the check of a
// signed token. Shared by every request of a server; thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "app/jose.h"
#include "app/oidc_settings.h"

namespace fremdrift {

struct ProviderEndpoints {
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string end_session_endpoint;  // "" when the provider has none
  std::string jwks_uri;
};

class OidcProvider {
 public:
  // Reads the client's key or secret file and the subject key file, and
  // fetches the discovery document and the keys. Throws
  // std::runtime_error saying what is wrong.
  explicit OidcProvider(OidcSettings settings);

  const OidcSettings& settings() const { return settings_; }
  ProviderEndpoints Endpoints();

  // Verifies a compact JWS from the provider and returns its payload
  // (jose.h's checks); an unknown kid fetches the keys once more.
  nlohmann::json VerifiedPayload(const std::string& compact);

  // Exchanges an authorisation code at the token endpoint (with the PKCE
  // verifier and the client's authentication) and returns the response's
  // JSON. Throws std::runtime_error with the provider's "error" code (never
  // a token) when refused.
  nlohmann::json ExchangeCode(const std::string& code, const std::string& code_verifier);

  // The stored form of a subject: hex HMAC-SHA256 of issuer and subject,
  // keyed by the subject key file.
  std::string SubjectHash(const std::string& subject) const;

 private:
  void Discover();
  void FetchKeys();
  std::string ClientAssertion(const std::string& audience) const;

  OidcSettings settings_;
  std::string client_key_;     // private JWK text
  std::string client_secret_;  // client_secret_basic
  std::string subject_key_;
  std::mutex mutex_;
  ProviderEndpoints endpoints_;
  int64_t discovered_at_ = 0;
  JwkSet keys_;
  int64_t keys_fetched_at_ = 0;
};

}  // namespace fremdrift
