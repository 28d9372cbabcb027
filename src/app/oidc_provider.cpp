#include "app/oidc_provider.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <Poco/Base64Encoder.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include "app/api_token.h"
#include "storage/system_clock.h"

namespace fremdrift {
namespace {

// The most a provider's answer may be; discovery and JWKS documents are a
// few kilobytes.
constexpr std::streamsize kMaxAnswerBytes = 1 << 20;
// A token naming an unknown kid fetches the keys again at most this often.
constexpr int64_t kMinKeyRefetchSeconds = 1;
// How long a client assertion is valid.
constexpr int64_t kAssertionSeconds = 60;

std::string ReadSecretFile(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read the ") + what + " file " + path);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (text.empty()) throw std::runtime_error(std::string("the ") + what + " file " + path + " is empty");
  return text;
}

struct ProviderAnswer {
  int status = 0;
  std::string body;
};

// One request to an http:// or https:// URL; `form` is sent urlencoded
// when not empty; `basic` as HTTP Basic credentials when not empty.
ProviderAnswer Send(const std::string& url, const std::string& method, Poco::Net::HTMLForm* form,
            const std::string& basic_user = "", const std::string& basic_password = "") {
  Poco::URI uri(url);
  std::unique_ptr<Poco::Net::HTTPClientSession> session;
  if (uri.getScheme() == "https") {
    static Poco::Net::Context::Ptr context = new Poco::Net::Context(
        Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_RELAXED, 9, true);
    session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
  } else if (uri.getScheme() == "http") {
    session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
  } else {
    throw std::runtime_error("the provider's URL is neither http nor https");
  }
  session->setTimeout(Poco::Timespan(10, 0));
  std::string target = uri.getPathAndQuery();
  if (target.empty()) target = "/";
  Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
  request.set("Accept", "application/json");
  if (!basic_user.empty()) {
    // RFC 6749 2.3.1: form-urlencode the id and secret, then Basic.
    std::string user, password;
    Poco::URI::encode(basic_user, "!#$&'()*+,/:;=?@[]", user);
    Poco::URI::encode(basic_password, "!#$&'()*+,/:;=?@[]", password);
    std::ostringstream b64;
    Poco::Base64Encoder enc(b64);
    enc.rdbuf()->setLineLength(0);
    enc << user << ':' << password;
    enc.close();
    request.set("Authorization", "Basic " + b64.str());
  }
  if (form) {
    form->setEncoding(Poco::Net::HTMLForm::ENCODING_URL);
    form->prepareSubmit(request);
    std::ostream& out = session->sendRequest(request);
    form->write(out);
  } else {
    session->sendRequest(request);
  }
  Poco::Net::HTTPResponse response;
  std::istream& in = session->receiveResponse(response);
  ProviderAnswer a;
  a.status = response.getStatus();
  std::string body;
  char buf[8192];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    body.append(buf, static_cast<size_t>(in.gcount()));
    if (static_cast<std::streamsize>(body.size()) > kMaxAnswerBytes) {
      throw std::runtime_error("the provider's answer is too long");
    }
  }
  a.body = std::move(body);
  return a;
}

nlohmann::json GetJson(const std::string& url, const char* what) {
  ProviderAnswer a = Send(url, Poco::Net::HTTPRequest::HTTP_GET, nullptr);
  if (a.status != 200) {
    throw std::runtime_error(std::string("the provider's ") + what + " answered HTTP " +
                             std::to_string(a.status));
  }
  auto j = nlohmann::json::parse(a.body, nullptr, false);
  if (!j.is_object()) throw std::runtime_error(std::string("the provider's ") + what + " is not JSON");
  return j;
}

std::string StringMember(const nlohmann::json& j, const char* name) {
  return j.contains(name) && j[name].is_string() ? j[name].get<std::string>() : "";
}

}  // namespace

OidcProvider::OidcProvider(OidcSettings settings) : settings_(std::move(settings)) {
  if (settings_.client_id.empty()) throw std::runtime_error("--oidc-client-id is missing");
  if (settings_.redirect_uri.empty()) throw std::runtime_error("--oidc-redirect-uri is missing");
  if (settings_.client_auth == "private_key_jwt") {
    client_key_ = ReadSecretFile(settings_.client_key_file, "client key");
    PublicJwk(client_key_);  // throws for a file that holds no key
  } else if (settings_.client_auth == "client_secret_basic") {
    client_secret_ = ReadSecretFile(settings_.client_secret_file, "client secret");
  } else {
    throw std::runtime_error("--oidc-client-auth is private_key_jwt or client_secret_basic");
  }
  subject_key_ = ReadSecretFile(settings_.subject_key_file, "subject key");
  std::lock_guard lock(mutex_);
  Discover();
  FetchKeys();
}

void OidcProvider::Discover() {
  std::string base = settings_.issuer;
  if (!base.empty() && base.back() == '/') base.pop_back();
  auto doc = GetJson(base + "/.well-known/openid-configuration", "discovery document");
  if (StringMember(doc, "issuer") != settings_.issuer) {
    throw std::runtime_error("the discovery document names another issuer");
  }
  ProviderEndpoints e{StringMember(doc, "authorization_endpoint"), StringMember(doc, "token_endpoint"),
                      StringMember(doc, "end_session_endpoint"), StringMember(doc, "jwks_uri")};
  if (e.authorization_endpoint.empty() || e.token_endpoint.empty() || e.jwks_uri.empty()) {
    throw std::runtime_error("the discovery document lacks an endpoint");
  }
  endpoints_ = e;
  discovered_at_ = SystemClock().NowUtcSeconds();
}

void OidcProvider::FetchKeys() {
  keys_ = JwkSet::FromJson(GetJson(endpoints_.jwks_uri, "key set"));
  keys_fetched_at_ = SystemClock().NowUtcSeconds();
}

ProviderEndpoints OidcProvider::Endpoints() {
  std::lock_guard lock(mutex_);
  if (SystemClock().NowUtcSeconds() - discovered_at_ >= settings_.discovery_refresh_seconds) {
    try {
      Discover();
      FetchKeys();
    } catch (const std::exception&) {
      // Keep what was read last; the next use tries again.
      discovered_at_ = SystemClock().NowUtcSeconds() - settings_.discovery_refresh_seconds + 60;
    }
  }
  return endpoints_;
}

nlohmann::json OidcProvider::VerifiedPayload(const std::string& compact) {
  Endpoints();  // rediscovers on schedule
  std::lock_guard lock(mutex_);
  auto header = PeekJwsHeader(compact);
  if (header && !header->kid.empty() && !keys_.HasKid(header->kid) &&
      SystemClock().NowUtcSeconds() - keys_fetched_at_ >= kMinKeyRefetchSeconds) {
    FetchKeys();
  }
  return JwsCheck::VerifiedPayload(compact, keys_);
}

std::string OidcProvider::ClientAssertion(const std::string& audience) const {
  const int64_t now = SystemClock().NowUtcSeconds();
  nlohmann::json claims{{"iss", settings_.client_id},
                        {"sub", settings_.client_id},
                        {"aud", audience},
                        {"jti", GenerateToken().substr(3)},
                        {"iat", now},
                        {"nbf", now},
                        {"exp", now + kAssertionSeconds}};
  return SignJws(claims, client_key_);
}

nlohmann::json OidcProvider::ExchangeCode(const std::string& code, const std::string& code_verifier) {
  const ProviderEndpoints e = Endpoints();
  Poco::Net::HTMLForm form;
  form.set("grant_type", "authorization_code");
  form.set("code", code);
  form.set("redirect_uri", settings_.redirect_uri);
  form.set("code_verifier", code_verifier);
  ProviderAnswer a;
  if (settings_.client_auth == "private_key_jwt") {
    form.set("client_id", settings_.client_id);
    form.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    // The issuer is the audience HelseID and ID-porten ask for; the
    // token endpoint's URL is accepted by others (oidc-provider takes both).
    form.set("client_assertion", ClientAssertion(settings_.issuer));
    a = Send(e.token_endpoint, Poco::Net::HTTPRequest::HTTP_POST, &form);
  } else {
    a = Send(e.token_endpoint, Poco::Net::HTTPRequest::HTTP_POST, &form, settings_.client_id, client_secret_);
  }
  auto j = nlohmann::json::parse(a.body, nullptr, false);
  if (a.status != 200 || !j.is_object()) {
    std::string error = j.is_object() ? StringMember(j, "error") : "";
    throw std::runtime_error("the provider refused the code (" +
                             (error.empty() ? "HTTP " + std::to_string(a.status) : error) + ")");
  }
  return j;
}

std::string OidcProvider::SubjectHash(const std::string& subject) const {
  const std::string data = settings_.issuer + "\n" + subject;
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), subject_key_.data(), static_cast<int>(subject_key_.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac, &len);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[mac[i] >> 4];
    out += kHex[mac[i] & 15];
  }
  return out;
}

}  // namespace fremdrift
