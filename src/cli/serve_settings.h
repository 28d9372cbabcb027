// The settings of `fremdrift serve` from their three sources, the first
// that has a setting winning: the command line (--max-body-mib 16), the
// environment (FREMDRIFT_MAX_BODY_MIB=16, or FREMDRIFT_DB_FILE=PATH to
// read a secret from a file), then the configuration file of --config
// (config_file.h). Typed readers check each value and fail with a message
// in the operator's language that names where the value came from.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/config_file.h"
#include "render/i18n.h"

namespace fremdrift {

class ServeSettings {
 public:
  // `known` are the flags serve takes, "config" aside. Fails on an
  // unknown flag or key, an unreadable file or secret.
  ServeSettings(const Args& args, const std::vector<std::string>& known);

  std::optional<std::string> Flag(const std::string& name) const;
  bool Has(const std::string& name) const { return Flag(name).has_value(); }
  // The value; fails when it is missing or empty.
  std::string Required(const std::string& name) const;
  // The database URL: the `db` setting, else sqlite:var/fremdrift.db.
  std::string DatabaseUrl() const;

  // A whole number from `min` to `max`, or `fallback` when not set.
  int64_t WholeNumber(const std::string& name, int64_t min, int64_t max, int64_t fallback) const;
  // A number of seconds from 1 to 86400, or `fallback`.
  int64_t Seconds(const std::string& name, int64_t fallback) const;
  // "yes" or "no", or `fallback`.
  bool YesNo(const std::string& name, bool fallback) const;
  // A share from 0 to 1, or `fallback`.
  double Share(const std::string& name, double fallback) const;

  // Fails for setting `name` with catalogue text `key`, given `args` and
  // {name} (the flag, or the key and where it was set).
  [[noreturn]] void Invalid(const std::string& name, const std::string& key,
                            std::vector<std::pair<std::string, std::string>> args = {}) const;
  // How a message names setting `name`: "--port" when it came from the
  // command line, "port (FILE, line 3)" from the file,
  // "FREMDRIFT_PORT" from the environment.
  std::string NameOf(const std::string& name) const;

  const Catalogue& text() const { return text_; }

 private:
  const Args& args_;
  const Catalogue& text_;
  std::map<std::string, SettingValue> outside_;  // environment and file
};

}  // namespace fremdrift
