#include "cli/config_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <Poco/AutoPtr.h>
#include <Poco/Util/IniFileConfiguration.h>

#include "domain/failure.h"

namespace fremdrift {
namespace {

std::string Trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool Known(const std::vector<std::string>& known, const std::string& flag) {
  return std::find(known.begin(), known.end(), flag) != known.end();
}

std::string FlagOf(std::string key) {
  std::replace(key.begin(), key.end(), '_', '-');
  return key;
}

}  // namespace

std::string ReadSecretFile(const std::string& path, const std::string& key, const Catalogue& text) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) {
    throw Failure(FailureCode::kInvalid, text.Format("settings_secret_unreadable", {{"key", key}, {"file", path}}),
                  key);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) {
    throw Failure(FailureCode::kInvalid, text.Format("settings_secret_empty", {{"key", key}, {"file", path}}),
                  key);
  }
  return line;
}

std::optional<std::string> ConfigFileValue(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  std::string raw;
  while (std::getline(in, raw)) {
    std::string line = Trimmed(raw);
    size_t eq = line.find('=');
    if (line.empty() || line[0] == '#' || line[0] == ';' || eq == std::string::npos) continue;
    if (Lower(Trimmed(line.substr(0, eq))) == key) return Trimmed(line.substr(eq + 1));
  }
  return std::nullopt;
}

std::map<std::string, SettingValue> ReadConfigFile(const std::string& path,
                                                   const std::vector<std::string>& known,
                                                   const Catalogue& text) {
  std::ifstream in(path);
  if (!in) {
    throw Failure(FailureCode::kInvalid, text.Format("settings_file_unreadable", {{"file", path}}), "config");
  }
  auto where = [&](int line) {
    return text.Format("settings_where", {{"file", path}, {"line", std::to_string(line)}});
  };
  // POCO reads the values; this pass finds each key's line for messages,
  // refuses what POCO would take silently (sections, lines without `=`,
  // a key given twice) and blanks `#` comments, which POCO does not know.
  std::map<std::string, int> line_of;  // lower-case key -> line number
  std::stringstream cleaned;
  std::string raw;
  for (int number = 1; std::getline(in, raw); ++number) {
    std::string line = Trimmed(raw);
    if (line.empty() || line[0] == '#' || line[0] == ';') {
      cleaned << '\n';
      continue;
    }
    size_t eq = line.find('=');
    if (line[0] == '[' || eq == std::string::npos || Trimmed(line.substr(0, eq)).empty()) {
      throw Failure(FailureCode::kInvalid,
                    text.Format("settings_bad_line", {{"where", where(number)}, {"text", line.substr(0, 80)}}),
                    "config");
    }
    std::string key = Lower(Trimmed(line.substr(0, eq)));
    if (!line_of.emplace(key, number).second) {
      throw Failure(FailureCode::kInvalid,
                    text.Format("settings_duplicate_key", {{"where", where(number)}, {"key", key}}), key);
    }
    cleaned << raw << '\n';
  }
  Poco::AutoPtr<Poco::Util::IniFileConfiguration> ini(new Poco::Util::IniFileConfiguration(cleaned));
  Poco::Util::AbstractConfiguration::Keys keys;
  ini->keys(keys);

  std::map<std::string, SettingValue> out;
  for (const auto& original : keys) {
    std::string key = Lower(original);
    int line = line_of.count(key) ? line_of[key] : 0;
    std::string value = ini->getRawString(original);  // no ${...} expansion
    std::string flag = FlagOf(key);
    bool is_key = key.find('-') == std::string::npos && Known(known, flag);
    const std::string suffix = "_file";
    bool is_secret = !is_key && key.size() > suffix.size() &&
                     key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                     key.find('-') == std::string::npos &&
                     Known(known, FlagOf(key.substr(0, key.size() - suffix.size())));
    if (!is_key && !is_secret) {
      throw Failure(FailureCode::kInvalid,
                    text.Format("settings_unknown_key", {{"where", where(line)}, {"key", key}}), key);
    }
    if (is_secret) {
      std::string named = key.substr(0, key.size() - suffix.size());
      flag = FlagOf(named);
      if (out.count(flag)) {
        throw Failure(FailureCode::kInvalid,
                      text.Format("settings_duplicate_key", {{"where", where(line)}, {"key", named}}), named);
      }
      value = ReadSecretFile(value, key, text);
    } else if (out.count(flag)) {
      throw Failure(FailureCode::kInvalid,
                    text.Format("settings_duplicate_key", {{"where", where(line)}, {"key", key}}), key);
    }
    out[flag] = {value, where(line)};
  }
  return out;
}

}  // namespace fremdrift
