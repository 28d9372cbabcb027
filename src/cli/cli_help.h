// What `fremdrift --help` and `fremdrift COMMAND --help` print: the usage of
// every command, or of one, from the catalogue's "cli_help_*" texts in the
// CLI's language (cli/cli_language.h: bokmål under a Norwegian locale,
// English otherwise). Flag names are the same in both languages.
#pragma once

#include <optional>
#include <string>

namespace fremdrift {

// The usage line, every command with its options and what it does, and
// the closing notes (--version, database URLs, language).
std::string UsageText();

// The usage line and `command`'s entry ("serve", "user add", "oidc
// keygen"...); nullopt for a command that does not exist.
std::optional<std::string> CommandUsageText(const std::string& command);

}  // namespace fremdrift
