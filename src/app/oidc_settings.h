// How Fremdrift signs people in through one OpenID Connect provider
// (HelseID, ID-porten; docs/sign-in.md). A server may have several, each
// with its own settings. Filled from `fremdrift serve`'s --oidc-* flags
// (and --oidc-<id>-* for each provider listed in --oidc-providers), which
// are also keys of its configuration file and environment variables.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fremdrift {

struct OidcSettings {
  // The provider's name in settings and URLs: "" for the provider of the
  // plain --oidc-* flags (/logg-inn/oidc), else an id of --oidc-providers
  // such as "helseid" (--oidc-helseid-issuer, /logg-inn/oidc/helseid).
  std::string id;
  // What the sign-in page's button calls the provider ("HelseID"), in
  // Norwegian and English; "" for the catalogue's general wording.
  std::string display_name_nb;
  std::string display_name_en;
  std::string issuer;     // e.g. https://helseid-sts.nhn.no; "" = OIDC off
  std::string client_id;  // from the provider's onboarding
  // "private_key_jwt" (HelseID, ID-porten) or "client_secret_basic".
  std::string client_auth = "private_key_jwt";
  std::string client_key_file;     // private JWK (fremdrift oidc keygen)
  std::string client_secret_file;  // for client_secret_basic
  // Exactly as registered: <public URL>/logg-inn/oidc/svar, or
  // <public URL>/logg-inn/oidc/<id>/svar for a provider with an id.
  std::string redirect_uri;
  std::string post_logout_redirect_uri;  // as registered; "" = the provider's default
  std::string scopes = "openid profile";
  std::string prompt;       // e.g. "login"; "" = not sent
  std::string acr_values;   // e.g. "idporten-loa-high"; "" = not sent
  // The claim that identifies the person for good ("sub", or "pid" where
  // the provider's sub is per client) and the claim with their name.
  std::string subject_claim = "sub";
  std::string name_claim = "name";
  // Claims, tried in order, that carry an organisation number.
  std::vector<std::string> organisation_claims;
  // The organisation of people whose claims name none we know ("" =
  // such people cannot sign in).
  std::string default_organisation;
  // A secret file whose content keys the hash of the issuer and subject
  // that is stored, so that a national identity number is never stored in
  // clear (one file for every provider: the issuer keeps their people
  // apart).
  std::string subject_key_file;
  // The audience API access tokens from the provider must name ("" =
  // such tokens are not accepted).
  std::string api_audience;
  int64_t discovery_refresh_seconds = 3600;
  int64_t clock_skew_seconds = 60;

  bool enabled() const { return !issuer.empty(); }
};

}  // namespace fremdrift
