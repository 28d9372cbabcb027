#include "app/jose.h"

#include <cjose/cjose.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include "app/api_token.h"

namespace fremdrift {
namespace {

struct JwkRelease {
  void operator()(cjose_jwk_t* k) const { cjose_jwk_release(k); }
};
struct JwsRelease {
  void operator()(cjose_jws_t* j) const { cjose_jws_release(j); }
};
struct HeaderRelease {
  void operator()(cjose_header_t* h) const { cjose_header_release(h); }
};
using JwkPtr = std::unique_ptr<cjose_jwk_t, JwkRelease>;
using JwsPtr = std::unique_ptr<cjose_jws_t, JwsRelease>;
using HeaderPtr = std::unique_ptr<cjose_header_t, HeaderRelease>;

std::string Base64UrlDecode(const std::string& in) {
  std::istringstream s(in);
  Poco::Base64Decoder d(s, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
  return std::string(std::istreambuf_iterator<char>(d), {});
}

// The key type an accepted algorithm needs.
cjose_jwk_kty_t KeyTypeFor(const std::string& alg) {
  return alg.rfind("ES", 0) == 0 ? CJOSE_JWK_KTY_EC : CJOSE_JWK_KTY_RSA;
}

JwkPtr ImportJwk(const std::string& json) {
  cjose_err err;
  JwkPtr key(cjose_jwk_import(json.data(), json.size(), &err));
  if (!key) throw std::runtime_error(std::string("unreadable key: ") + err.message);
  return key;
}

std::string KidOf(const cjose_jwk_t* key) {
  cjose_err err;
  const char* kid = cjose_jwk_get_kid(key, &err);
  return kid ? kid : "";
}

}  // namespace

struct JwkSet::Keys {
  std::vector<JwkPtr> all;
};

JwkSet::JwkSet() : keys_(std::make_unique<Keys>()) {}
JwkSet::~JwkSet() = default;
JwkSet::JwkSet(JwkSet&&) noexcept = default;
JwkSet& JwkSet::operator=(JwkSet&&) noexcept = default;

JwkSet JwkSet::FromJson(const nlohmann::json& jwks) {
  JwkSet out;
  if (!jwks.is_object() || !jwks.contains("keys") || !jwks["keys"].is_array()) return out;
  for (const auto& k : jwks["keys"]) {
    if (!k.is_object() || !k.contains("kty") || !k["kty"].is_string()) continue;
    const std::string kty = k["kty"];
    if (kty != "RSA" && kty != "EC") continue;
    if (k.contains("use") && k["use"] != "sig") continue;
    // Only the public members: a JWKS never needs more.
    nlohmann::json pub;
    for (const char* m : {"kty", "kid", "n", "e", "crv", "x", "y"}) {
      if (k.contains(m)) pub[m] = k[m];
    }
    const std::string text = pub.dump();
    cjose_err err;
    JwkPtr key(cjose_jwk_import(text.data(), text.size(), &err));
    if (key) out.keys_->all.push_back(std::move(key));
  }
  return out;
}

bool JwkSet::HasKid(const std::string& kid) const {
  return std::any_of(keys_->all.begin(), keys_->all.end(),
                     [&](const JwkPtr& k) { return KidOf(k.get()) == kid; });
}

size_t JwkSet::size() const { return keys_->all.size(); }

std::optional<JwsHeader> PeekJwsHeader(const std::string& compact) {
  auto dot = compact.find('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  try {
    auto header = nlohmann::json::parse(Base64UrlDecode(compact.substr(0, dot)));
    if (!header.is_object() || !header.contains("alg") || !header["alg"].is_string()) return std::nullopt;
    JwsHeader out{header["alg"], ""};
    if (header.contains("kid") && header["kid"].is_string()) out.kid = header["kid"];
    return out;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string PeekJwsIssuer(const std::string& compact) {
  const auto first = compact.find('.');
  const auto second = first == std::string::npos ? first : compact.find('.', first + 1);
  if (second == std::string::npos) return "";
  try {
    auto payload = nlohmann::json::parse(Base64UrlDecode(compact.substr(first + 1, second - first - 1)));
    if (!payload.is_object() || !payload.contains("iss") || !payload["iss"].is_string()) return "";
    return payload["iss"].get<std::string>();
  } catch (const std::exception&) {
    return "";
  }
}

nlohmann::json JwsCheck::VerifiedPayload(const std::string& compact, const JwkSet& keys) {
  auto header = PeekJwsHeader(compact);
  if (!header) throw std::runtime_error("not a signed token");
  const auto& accepted = kAcceptedJwsAlgorithms;
  if (std::find(accepted.begin(), accepted.end(), header->alg) == accepted.end()) {
    throw std::runtime_error("signature algorithm not accepted");
  }
  cjose_err err;
  JwsPtr jws(cjose_jws_import(compact.data(), compact.size(), &err));
  if (!jws) throw std::runtime_error("not a signed token");
  const cjose_jwk_kty_t kty = KeyTypeFor(header->alg);
  bool verified = false;
  bool kid_found = false;
  for (const auto& key : keys.keys_->all) {
    if (!header->kid.empty() && KidOf(key.get()) != header->kid) continue;
    kid_found = true;
    if (cjose_jwk_get_kty(key.get(), &err) != kty) continue;
    if (cjose_jws_verify(jws.get(), key.get(), &err)) {
      verified = true;
      break;
    }
  }
  if (!kid_found) throw std::runtime_error("no key with the token's kid");
  if (!verified) throw std::runtime_error("signature does not verify");
  uint8_t* plain = nullptr;
  size_t plain_len = 0;
  if (!cjose_jws_get_plaintext(jws.get(), &plain, &plain_len, &err)) {
    throw std::runtime_error("no payload");
  }
  nlohmann::json payload =
      nlohmann::json::parse(std::string(reinterpret_cast<const char*>(plain), plain_len), nullptr, false);
  if (!payload.is_object()) throw std::runtime_error("payload is not a JSON object");
  return payload;
}

std::string SignJws(const nlohmann::json& payload, const std::string& private_jwk) {
  JwkPtr key = ImportJwk(private_jwk);
  cjose_err err;
  HeaderPtr header(cjose_header_new(&err));
  const bool ec = cjose_jwk_get_kty(key.get(), &err) == CJOSE_JWK_KTY_EC;
  cjose_header_set(header.get(), CJOSE_HDR_ALG, ec ? CJOSE_HDR_ALG_ES256 : CJOSE_HDR_ALG_RS256, &err);
  const std::string kid = KidOf(key.get());
  if (!kid.empty()) cjose_header_set(header.get(), CJOSE_HDR_KID, kid.c_str(), &err);
  cjose_header_set(header.get(), "typ", "JWT", &err);
  const std::string body = payload.dump();
  JwsPtr jws(cjose_jws_sign(key.get(), header.get(), reinterpret_cast<const uint8_t*>(body.data()),
                            body.size(), &err));
  if (!jws) throw std::runtime_error(std::string("cannot sign: ") + err.message);
  const char* out = nullptr;
  if (!cjose_jws_export(jws.get(), &out, &err)) throw std::runtime_error("cannot serialise a JWS");
  return out;
}

std::string KeygenPrivateJwk() {
  cjose_err err;
  static const uint8_t kExponent[] = {0x01, 0x00, 0x01};
  JwkPtr key(cjose_jwk_create_RSA_random(2048, kExponent, sizeof kExponent, &err));
  if (!key) throw std::runtime_error(std::string("cannot make a key: ") + err.message);
  const std::string kid = GenerateToken().substr(3, 20);
  cjose_jwk_set_kid(key.get(), kid.data(), kid.size(), &err);
  char* json = cjose_jwk_to_json(key.get(), true, &err);
  if (!json) throw std::runtime_error("cannot write the key");
  std::string out = json;
  std::free(json);
  return out;
}

nlohmann::json PublicJwk(const std::string& private_jwk) {
  JwkPtr key = ImportJwk(private_jwk);
  cjose_err err;
  char* json = cjose_jwk_to_json(key.get(), false, &err);
  if (!json) throw std::runtime_error("cannot write the key");
  nlohmann::json out = nlohmann::json::parse(json);
  std::free(json);
  out["use"] = "sig";
  out["alg"] = out.value("kty", "") == "EC" ? "ES256" : "RS256";
  return out;
}

}  // namespace fremdrift
