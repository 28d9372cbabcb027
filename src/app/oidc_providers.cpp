#include "app/oidc_providers.h"

#include <stdexcept>

namespace fremdrift {

void OidcProviders::Add(std::shared_ptr<OidcProvider> provider) {
  const OidcSettings& s = provider->settings();
  if (Find(s.id)) throw std::runtime_error("two providers have the id '" + s.id + "'");
  if (ForIssuer(s.issuer)) throw std::runtime_error("two providers have the issuer " + s.issuer);
  providers_.push_back(std::move(provider));
}

OidcProvider* OidcProviders::Find(const std::string& id) const {
  for (const auto& p : providers_) {
    if (p->settings().id == id) return p.get();
  }
  return nullptr;
}

OidcProvider* OidcProviders::ForIssuer(const std::string& issuer) const {
  if (issuer.empty()) return nullptr;
  for (const auto& p : providers_) {
    if (p->settings().issuer == issuer) return p.get();
  }
  return nullptr;
}

}  // namespace fremdrift
