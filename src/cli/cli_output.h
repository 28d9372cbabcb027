// What the command line prints when a command succeeds, in the CLI's
// language (cli/cli_language.h: bokmål under a Norwegian locale, English
// otherwise), from the catalogue's "cli_*" texts like the pages' words.
// Data (a bundle, a token, a report) is printed as it is.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/import_summary.h"

namespace fremdrift {

// The catalogue's `key` in the CLI's language, filled with `args`, and a
// line end.
std::string CliLine(std::string_view key, const std::vector<std::pair<std::string, std::string>>& args = {});

// An import summary for the terminal: for a bundle the records per
// section; else the status, the counts and each conflict (line, column,
// reason in the CLI's language); a dry run and a refused import say so.
std::string CliSummaryText(const ImportSummary& summary);

// The name of a role ("admin", "editor", "reader") in the CLI's language.
std::string CliRoleName(std::string_view role);

}  // namespace fremdrift
