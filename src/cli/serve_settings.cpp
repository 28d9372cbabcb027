#include "cli/serve_settings.h"

#include <algorithm>
#include <cstdlib>

#include "cli/cli_language.h"
#include "domain/failure.h"
#include "web/server.h"

namespace fremdrift {
namespace {

std::string EnvName(std::string flag) {
  std::replace(flag.begin(), flag.end(), '-', '_');
  std::transform(flag.begin(), flag.end(), flag.begin(), [](unsigned char c) { return std::toupper(c); });
  return "FREMDRIFT_" + flag;
}

std::string KeyOf(std::string flag) {
  std::replace(flag.begin(), flag.end(), '-', '_');
  return flag;
}

const char* Env(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  return v && *v ? v : nullptr;
}

std::string AssetsFor(const Args& args) {
  if (auto a = args.Flag("assets"); a && !a->empty()) return *a;
  return DefaultAssetsDir();
}

}  // namespace

ServeSettings::ServeSettings(const Args& args, const std::vector<std::string>& known)
    : args_(args), text_(CatalogueFor(AssetsFor(args), CliLanguage())) {
  std::vector<std::string> allowed = known;
  allowed.push_back("config");
  args.AllowOnly(allowed);
  if (auto path = args.Flag("config")) outside_ = ReadConfigFile(*path, known, text_);
  for (const auto& flag : known) {
    std::string env = EnvName(flag);
    if (const char* v = Env(env)) {
      outside_[flag] = {v, env};
    } else if (const char* file = Env(env + "_FILE")) {
      outside_[flag] = {ReadSecretFile(file, env + "_FILE", text_), env + "_FILE"};
    }
  }
}

std::optional<std::string> ServeSettings::Flag(const std::string& name) const {
  if (auto v = args_.Flag(name)) return v;
  auto it = outside_.find(name);
  if (it == outside_.end()) return std::nullopt;
  return it->second.value;
}

std::string ServeSettings::NameOf(const std::string& name) const {
  if (args_.Has(name)) return "--" + name;
  auto it = outside_.find(name);
  if (it == outside_.end()) return "--" + name;
  if (it->second.origin.rfind("FREMDRIFT_", 0) == 0) return it->second.origin;
  return KeyOf(name) + " (" + it->second.origin + ")";
}

void ServeSettings::Invalid(const std::string& name, const std::string& key,
                            std::vector<std::pair<std::string, std::string>> args) const {
  args.emplace_back("name", NameOf(name));
  throw Failure(FailureCode::kInvalid, text_.Format(key, args), name);
}

std::string ServeSettings::Required(const std::string& name) const {
  auto v = Flag(name);
  if (!v || v->empty()) Invalid(name, "settings_required");
  return *v;
}

std::string ServeSettings::DatabaseUrl() const {
  return Flag("db").value_or("sqlite:var/fremdrift.db");
}

int64_t ServeSettings::WholeNumber(const std::string& name, int64_t min, int64_t max,
                                   int64_t fallback) const {
  auto v = Flag(name);
  if (!v) return fallback;
  bool digits = !v->empty() && v->size() <= 12 && v->find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoll(*v) < min || std::stoll(*v) > max) {
    Invalid(name, "settings_whole_number", {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
  }
  return std::stoll(*v);
}

int64_t ServeSettings::Seconds(const std::string& name, int64_t fallback) const {
  auto v = Flag(name);
  if (!v) return fallback;
  bool digits = !v->empty() && v->size() <= 5 && v->find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoll(*v) < 1 || std::stoll(*v) > 86400) Invalid(name, "settings_seconds");
  return std::stoll(*v);
}

bool ServeSettings::YesNo(const std::string& name, bool fallback) const {
  auto v = Flag(name);
  if (!v) return fallback;
  if (*v != "yes" && *v != "no") Invalid(name, "settings_yes_no");
  return *v == "yes";
}

double ServeSettings::Share(const std::string& name, double fallback) const {
  auto v = Flag(name);
  if (!v) return fallback;
  char* end = nullptr;
  double d = std::strtod(v->c_str(), &end);
  if (v->empty() || *end != '\0' || !(d >= 0 && d <= 1)) Invalid(name, "settings_share");
  return d;
}

}  // namespace fremdrift
