// The OpenID Connect providers of one server (docs/sign-in.md), in the
// order they are configured: HelseID for health personnel and ID-porten
// for public employees side by side, say. Each keeps its own discovery
// document and keys. Ids and issuers are unique, so a sign-in's answer
// finds its provider by id and an API access token by its issuer.
// Filled before the server starts and only read afterwards.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/oidc_provider.h"

namespace fremdrift {

class OidcProviders {
 public:
  // Adds `provider`. Throws std::runtime_error when its id or issuer is
  // one another provider has.
  void Add(std::shared_ptr<OidcProvider> provider);

  bool empty() const { return providers_.empty(); }
  const std::vector<std::shared_ptr<OidcProvider>>& all() const { return providers_; }

  // The provider with settings id `id` ("" for the one of the plain
  // --oidc-* flags), or nullptr.
  OidcProvider* Find(const std::string& id) const;

  // The provider whose issuer is `issuer` exactly, or nullptr.
  OidcProvider* ForIssuer(const std::string& issuer) const;

 private:
  std::vector<std::shared_ptr<OidcProvider>> providers_;
};

}  // namespace fremdrift
