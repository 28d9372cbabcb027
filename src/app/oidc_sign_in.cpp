#include "app/oidc_sign_in.h"

#include <sstream>

#include <Poco/Base64Encoder.h>
#include <Poco/SHA2Engine.h>
#include <Poco/URI.h>

#include "app/api_token.h"
#include "app/jose.h"
#include "domain/failure.h"
#include "domain/id_token_claims.h"
#include "storage/audit_log.h"
#include "storage/oidc_store.h"
#include "storage/session_store.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

// The actor the audit log names for what the provider's answer causes.
constexpr const char* kOidcActor = "oidc";

// The PKCE S256 challenge of `verifier` (RFC 7636 4.2).
std::string S256Challenge(const std::string& verifier) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(verifier);
  const auto& digest = sha.digest();
  std::ostringstream out;
  Poco::Base64Encoder enc(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
  enc.write(reinterpret_cast<const char*>(digest.data()), static_cast<std::streamsize>(digest.size()));
  enc.close();
  return out.str();
}

Failure Refused(const std::string& why) {
  return Failure(FailureCode::kUnauthenticated, "sign-in through the provider failed: " + why);
}

std::string ClaimText(const nlohmann::json& claims, const std::string& name) {
  if (!claims.contains(name)) return "";
  const auto& v = claims[name];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  return "";
}

// The organisation the claims name by number (the first configured claim
// that names a known one), or the default organisation.
std::optional<OidcOrganisation> OrganisationOf(OidcUserStore& store, const OidcSettings& s,
                                               const nlohmann::json& claims) {
  for (const auto& name : s.organisation_claims) {
    std::vector<std::string> numbers;
    if (claims.contains(name) && claims[name].is_array()) {
      for (const auto& v : claims[name]) {
        if (v.is_string()) numbers.push_back(v.get<std::string>());
      }
    } else {
      numbers.push_back(ClaimText(claims, name));
    }
    for (const auto& n : numbers) {
      if (n.empty()) continue;
      if (auto org = store.FindOrganisationByNumber(n)) return org;
    }
  }
  if (s.default_organisation.empty()) return std::nullopt;
  return OidcOrganisation{s.default_organisation, false};
}

NewSession StartSession(SqlConnection& conn, const User& user, const std::string& provider,
                        const std::string& address, int64_t now, const SessionPolicy& policy) {
  NewSession out;
  out.token = GenerateToken();
  out.session.user = user;
  out.session.csrf_token = GenerateToken();
  SessionStore sessions(conn);
  sessions.DeleteIdleSince(now - policy.idle_seconds);
  out.session.id = sessions.Create(HashToken(out.token), user.id, out.session.csrf_token, now);
  OidcSessionStore(conn).MarkProvider(out.session.id, provider);
  AuditLog(conn).Append({.actor = user.name,
                         .entity = "session",
                         .entity_id = std::to_string(out.session.id),
                         .action = "sign_in",
                         .after = nlohmann::json{{"address", address.substr(0, 64)},
                                                 {"method", "oidc"},
                                                 {"provider", provider}}.dump()});
  return out;
}

}  // namespace

OidcStart StartOidcSignIn(SqlConnection& conn, OidcProvider& provider, const std::string& return_to,
                          int64_t now) {
  const OidcSettings& s = provider.settings();
  OidcStart out;
  out.state = GenerateToken().substr(3);
  OidcLogin login{s.id, GenerateToken().substr(3), GenerateToken().substr(3), return_to, now};
  {
    WriteTransaction tx(conn);
    OidcLoginStore logins(conn);
    logins.DeleteOlderThan(now - kOidcLoginSeconds);
    logins.Insert(HashToken(out.state), login);
    tx.Commit();
  }
  Poco::URI uri(provider.Endpoints().authorization_endpoint);
  uri.addQueryParameter("response_type", "code");
  uri.addQueryParameter("client_id", s.client_id);
  uri.addQueryParameter("redirect_uri", s.redirect_uri);
  uri.addQueryParameter("scope", s.scopes);
  uri.addQueryParameter("state", out.state);
  uri.addQueryParameter("nonce", login.nonce);
  uri.addQueryParameter("code_challenge", S256Challenge(login.code_verifier));
  uri.addQueryParameter("code_challenge_method", "S256");
  if (!s.prompt.empty()) uri.addQueryParameter("prompt", s.prompt);
  if (!s.acr_values.empty()) uri.addQueryParameter("acr_values", s.acr_values);
  out.authorization_url = uri.toString();
  return out;
}

OidcOutcome FinishOidcSignIn(SqlConnection& conn, OidcProvider& provider, const OidcAnswer& answer,
                             const std::string& address, int64_t now, const SessionPolicy& policy) {
  const OidcSettings& s = provider.settings();
  if (answer.state.empty() || answer.state != answer.cookie_state) {
    throw Refused("the state does not match this browser's");
  }
  std::optional<OidcLogin> login;
  {
    WriteTransaction tx(conn);
    login = OidcLoginStore(conn).Take(HashToken(answer.state));
    tx.Commit();
  }
  if (!login || now - login->created_at > kOidcLoginSeconds) throw Refused("unknown or expired state");
  // The state is bound to the provider the browser was sent to: another
  // provider's answer cannot finish it (a mix-up).
  if (login->provider != s.id) throw Refused("the state belongs to another provider");
  if (!answer.issuer.empty() && answer.issuer != s.issuer) throw Refused("the answer names another issuer");
  const std::string& code = answer.code;
  if (code.empty()) throw Refused("the provider sent no code");

  nlohmann::json claims;
  try {
    nlohmann::json answer = provider.ExchangeCode(code, login->code_verifier);
    if (!answer.contains("id_token") || !answer["id_token"].is_string()) throw std::runtime_error("no ID token");
    claims = provider.VerifiedPayload(answer["id_token"].get<std::string>());
  } catch (const std::exception& e) {
    throw Refused(e.what());
  }
  TokenExpectations expect{s.issuer, s.client_id, s.client_id, login->nonce, now, s.clock_skew_seconds};
  if (auto problem = TokenClaimsProblem(claims, expect)) throw Refused(*problem);
  const std::string subject = ClaimText(claims, s.subject_claim);
  if (subject.empty()) throw Refused("the token has no " + s.subject_claim + " claim");
  const std::string subject_hash = provider.SubjectHash(subject);

  WriteTransaction tx(conn);
  OidcUserStore oidc_users(conn);
  UserStore users(conn);
  OidcOutcome out;
  out.return_to = login->return_to;
  auto found = oidc_users.FindBySubject(subject_hash);
  if (!found) {
    auto org = OrganisationOf(oidc_users, s, claims);
    if (!org) {
      AuditLog(conn).Append({.actor = kOidcActor, .entity = "sign_in", .entity_id = "oidc",
                             .action = "refused",
                             .after = nlohmann::json{{"reason", "unknown organisation"},
                                                     {"provider", s.id},
                                                     {"address", address.substr(0, 64)}}.dump()});
      tx.Commit();
      throw Failure(FailureCode::kForbidden,
                    "your organisation is not registered in Fremdrift; ask an administrator");
    }
    User user;
    user.name = "oidc-" + subject_hash.substr(0, 12);
    user.organisation = org->short_name;
    user.role = Role::kReader;
    user.id = users.Create(user);
    oidc_users.Link(user.id, subject_hash, !org->auto_approve);
    // The name claim helps an admin recognise who waits; the subject
    // itself (maybe a national identity number) is never logged.
    AuditLog(conn).Append({.actor = kOidcActor, .entity = "user", .entity_id = std::to_string(user.id),
                           .action = "create",
                           .after = nlohmann::json{{"name", user.name},
                                                   {"organisation", user.organisation},
                                                   {"display_name", ClaimText(claims, s.name_claim).substr(0, 200)},
                                                   {"provider", s.id},
                                                   {"pending", !org->auto_approve}}.dump()});
    found = OidcUserStore::Found{user.name, !org->auto_approve};
  }
  out.user_name = found->name;
  if (found->pending) {
    out.pending = true;
    tx.Commit();
    return out;
  }
  auto user = users.FindByName(found->name);
  if (!user) throw Refused("the user is gone");
  out.session = StartSession(conn, *user, s.id, address, now, policy);
  tx.Commit();
  return out;
}

std::string OidcSignOutUrl(OidcProvider& provider) {
  const std::string end = provider.Endpoints().end_session_endpoint;
  if (end.empty()) return "";
  Poco::URI uri(end);
  uri.addQueryParameter("client_id", provider.settings().client_id);
  if (!provider.settings().post_logout_redirect_uri.empty()) {
    uri.addQueryParameter("post_logout_redirect_uri", provider.settings().post_logout_redirect_uri);
  }
  return uri.toString();
}

std::string OidcSignOutOrigin(OidcProvider& provider) {
  try {
    const std::string end = provider.Endpoints().end_session_endpoint;
    if (end.empty()) return "";
    Poco::URI uri(end);
    std::string origin = uri.getScheme() + "://" + uri.getHost();
    const bool default_port = (uri.getScheme() == "https" && uri.getPort() == 443) ||
                              (uri.getScheme() == "http" && uri.getPort() == 80);
    if (!default_port) origin += ":" + std::to_string(uri.getPort());
    return origin;
  } catch (const std::exception&) {
    return "";
  }
}

OidcProvider* SessionProvider(SqlConnection& conn, const OidcProviders& providers,
                              const std::string& session_token) {
  if (session_token.empty()) return nullptr;
  auto id = OidcSessionStore(conn).ProviderOf(HashToken(session_token));
  return id ? providers.Find(*id) : nullptr;
}

std::optional<User> UserFromProviderToken(SqlConnection& conn, const OidcProviders& providers,
                                          const std::string& token, int64_t now) {
  // The token's own "iss" only chooses whose keys and rules check it; the
  // checks below then require that issuer.
  OidcProvider* chosen = providers.ForIssuer(PeekJwsIssuer(token));
  if (!chosen) return std::nullopt;
  OidcProvider& provider = *chosen;
  const OidcSettings& s = provider.settings();
  if (s.api_audience.empty()) return std::nullopt;
  nlohmann::json claims;
  try {
    claims = provider.VerifiedPayload(token);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  TokenExpectations expect{s.issuer, s.api_audience, "", std::nullopt, now, s.clock_skew_seconds};
  if (TokenClaimsProblem(claims, expect)) return std::nullopt;
  const std::string subject = ClaimText(claims, s.subject_claim);
  if (subject.empty()) return std::nullopt;
  OidcUserStore oidc_users(conn);
  auto found = oidc_users.FindBySubject(provider.SubjectHash(subject));
  if (!found) return std::nullopt;
  if (found->pending) throw Failure(FailureCode::kForbidden, "your access waits for an administrator's approval");
  return UserStore(conn).FindByName(found->name);
}

}  // namespace fremdrift
