// The OpenID Connect settings of `fremdrift serve` (docs/sign-in.md):
// --password-sign-in on|off; the provider of the plain --oidc-* flags;
// more providers listed by id in --oidc-providers (helseid,idporten), each
// with the same settings as --oidc-<id>-* flags (--oidc-helseid-issuer);
// and what they share (--oidc-subject-key-file,
// --oidc-discovery-refresh-seconds). Each flag is also a configuration
// file key and an environment variable (serve_settings.h). And the
// `fremdrift oidc` commands: keygen (the client's key pair), org (an
// organisation's number and auto-approval) and approve (a user waiting
// for approval).
#pragma once

#include <string>
#include <vector>

#include "app/oidc_settings.h"
#include "cli/args.h"
#include "cli/serve_settings.h"
#include "web/server.h"

namespace fremdrift {

// The names of the flags ApplyOidcFlags reads: the fixed ones and those of
// each provider id that `oidc-providers` lists on the command line, else
// in $FREMDRIFT_OIDC_PROVIDERS, else in the --config file's
// `oidc_providers` key.
std::vector<std::string> OidcServeFlagNames(const Args& command_line);

// The settings of the provider with id `id` ("" for the plain --oidc-*
// flags, whose provider is off, issuer "", when --oidc-issuer is not
// given). Fails naming a wrong setting, in the operator's language.
OidcSettings OidcSettingsFromFlags(const ServeSettings& args, const std::string& id = "");

// Sets config.password_sign_in and, when any provider is configured,
// config.oidc (each provider is discovered now; a failure stops the
// start).
void ApplyOidcFlags(const ServeSettings& args, ServerConfig& config);

// fremdrift oidc keygen|org|approve ...
int OidcCommand(const std::string& sub, const Args& args);

}  // namespace fremdrift
