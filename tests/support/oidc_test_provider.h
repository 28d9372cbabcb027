// The test OpenID Provider (tests/oidc/provider.mjs: npm oidc-provider,
// pinned in tests/oidc/package-lock.json) in a child process on a free
// loopback port, with test users, private_key_jwt (or client_secret_basic)
// and PKCE required; several can run side by side, one per issuer. It
// can be stopped and started again on the same port, with new signing
// keys to show key rotation. Needs `node` on PATH and the npm packages
// (scripts/test installs both).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fremdrift::testing {

// Helsedirektoratet's organisation number, which the tests give the test
// provider's users as their organisation (orgnr_parent).
inline constexpr const char* kHdirNumber = "983544622";

struct OidcTestClient {
  std::string client_id;
  nlohmann::json public_jwks;  // {"keys": [...]}, for private_key_jwt
  std::vector<std::string> redirect_uris;
  std::vector<std::string> post_logout_redirect_uris;
  // When not empty, the client authenticates with client_secret_basic
  // and this secret instead of a key.
  std::string client_secret;
};

class OidcTestProvider {
 public:
  // `users`: account name -> claims (besides sub, which is the name).
  OidcTestProvider(std::vector<OidcTestClient> clients, nlohmann::json users);
  ~OidcTestProvider();
  OidcTestProvider(const OidcTestProvider&) = delete;
  OidcTestProvider& operator=(const OidcTestProvider&) = delete;

  int port() const { return port_; }
  std::string issuer() const { return "http://127.0.0.1:" + std::to_string(port_); }
  const std::string& folder() const { return folder_; }

  void Stop();
  // Starts again on the same port; with `new_keys` its signing keys are
  // made anew (the old ones are no longer published).
  void Start(bool new_keys = false);

  // A compact JWS signed by the provider's test endpoint: `key` is
  // "current", "unknown" or "hmac-public" (tests/oidc/provider.mjs).
  std::string Sign(const nlohmann::json& claims, const std::string& alg = "RS256",
                   const std::string& key = "current");

 private:
  std::string folder_;
  std::string log_path_;
  int port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace fremdrift::testing
