// The configuration file of `fremdrift serve --config FILE`
// (docs/operations.md, "Configuration"): an INI file read with POCO's
// IniFileConfiguration, one `key = value` a line, `#` or `;` starting a
// comment. Every serve flag is a key, spelt with `_` for `-`
// (`max_body_mib` for --max-body-mib). A key `NAME_file` (when NAME_file
// is not itself a key) reads NAME's value from the first line of that
// file, so that secrets such as the database URL stay out of the file and
// the process list. Unknown keys, sections and malformed lines are errors
// naming the file, line and key, in the operator's language.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "render/i18n.h"

namespace fremdrift {

// One setting taken from outside the command line.
struct SettingValue {
  std::string value;
  // Where it came from, for messages: "FILE, line N" (nb: "linje").
  std::string origin;
};

// Reads `path`; `known` are the flag names (with `-`). Returns flag name ->
// value. Throws Failure(kInvalid) worded from `text`.
std::map<std::string, SettingValue> ReadConfigFile(const std::string& path,
                                                   const std::vector<std::string>& known,
                                                   const Catalogue& text);

// The value of `key` (lower case, with `_`) in the file `path`, read
// before the file is checked as a whole: for a setting that decides which
// other keys there are (`oidc_providers`, docs/sign-in.md). nullopt when
// the file cannot be read or has no such key; ReadConfigFile reports
// what is wrong with the file.
std::optional<std::string> ConfigFileValue(const std::string& path, const std::string& key);

// The first line of `path` (without its line break), as a `*_file`
// setting's value. Throws Failure(kInvalid, field = `key`) worded from
// `text` when the file cannot be read or is empty.
std::string ReadSecretFile(const std::string& path, const std::string& key, const Catalogue& text);

}  // namespace fremdrift
