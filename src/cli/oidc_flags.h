// The OpenID Connect settings of `fremdrift serve` (--oidc-*, and
// --password-sign-in on|off; docs/sign-in.md), and the `fremdrift oidc`
// commands: keygen (the client's key pair), org (an organisation's
// number and auto-approval) and approve (a user waiting for approval).
#pragma once

#include <string>
#include <vector>

#include "app/oidc_settings.h"
#include "cli/args.h"
#include "cli/serve_settings.h"
#include "web/server.h"

namespace fremdrift {

// The names of the flags ApplyOidcFlags reads.
const std::vector<std::string>& OidcServeFlagNames();

// The settings the --oidc-* flags give (issuer "" when --oidc-issuer is
// not given). Throws Failure(kInvalid) naming a wrong flag.
OidcSettings OidcSettingsFromFlags(const ServeSettings& args);

// Sets config.password_sign_in and, with --oidc-issuer, config.oidc (the
// provider is discovered now; a failure stops the start).
void ApplyOidcFlags(const ServeSettings& args, ServerConfig& config);

// fremdrift oidc keygen|org|approve ...
int OidcCommand(const std::string& sub, const Args& args);

}  // namespace fremdrift
