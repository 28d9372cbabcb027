// JSON Web Signatures for OpenID Connect, through libcjose (Debian's
// libcjose-dev): verifying a provider's signed tokens with its published
// keys, signing the client's own assertions (private_key_jwt), and making
// the client's key pair. No signature is computed or checked here by hand.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fremdrift {

// The signature algorithms accepted from a provider: RSA (PKCS#1 v1.5 and
// PSS) and ECDSA P-256. "none" and the HMAC algorithms are always refused:
// a provider's keys are public, so an HMAC "signed" with one proves nothing.
inline const std::vector<std::string> kAcceptedJwsAlgorithms{"RS256", "PS256", "ES256"};

// A provider's public keys (its JWKS document), imported once.
class JwkSet {
 public:
  // Imports every RSA and EC key of a JWKS document ({"keys": [...]});
  // keys of other types and keys cjose cannot read are left out.
  static JwkSet FromJson(const nlohmann::json& jwks);
  JwkSet();
  ~JwkSet();
  JwkSet(JwkSet&&) noexcept;
  JwkSet& operator=(JwkSet&&) noexcept;

  bool HasKid(const std::string& kid) const;
  size_t size() const;

 private:
  friend class JwsCheck;
  struct Keys;
  std::unique_ptr<Keys> keys_;
};

// What a compact JWS says of itself before any check: its header's "alg"
// and "kid". nullopt when it is not a compact JWS with a JSON header.
struct JwsHeader {
  std::string alg;
  std::string kid;
};
std::optional<JwsHeader> PeekJwsHeader(const std::string& compact);

// The "iss" a compact JWS's payload names, before any check: only for
// choosing which provider's keys and rules check the token. "" when it
// names none or is not a compact JWS with a JSON payload.
std::string PeekJwsIssuer(const std::string& compact);

// Verifies a compact JWS against `keys` and returns its payload parsed as
// a JSON object. Throws std::runtime_error saying why (never quoting the
// token) when the algorithm is not accepted, no key has the token's "kid"
// (or, without a kid, no key of the algorithm's type verifies it), the
// key's type does not fit the algorithm, the signature is wrong, or the
// payload is not a JSON object.
class JwsCheck {
 public:
  static nlohmann::json VerifiedPayload(const std::string& compact, const JwkSet& keys);
};

// Signs `payload` as a compact JWS with the private JWK `private_jwk` (a
// JSON text, as `KeygenPrivateJwk` makes), alg RS256 for an RSA key and
// ES256 for an EC key; the header names the key's kid.
std::string SignJws(const nlohmann::json& payload, const std::string& private_jwk);

// A new RSA 2048-bit private key as a JWK JSON text with a random kid.
std::string KeygenPrivateJwk();

// The public half of a private JWK (JSON text) with its kid, "use": "sig"
// and "alg", as a provider registers it.
nlohmann::json PublicJwk(const std::string& private_jwk);

}  // namespace fremdrift
