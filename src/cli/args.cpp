#include "cli/args.h"

#include <algorithm>
#include <cstdlib>

#include "domain/failure.h"

namespace fremdrift {

// Flags that take no value.
static const char* kSwitches[] = {"help", "dry-run", "skip-invalid"};

Args::Args(int argc, char** argv, int first) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string name = a.substr(2);
      if (auto eq = name.find('='); eq != std::string::npos) {
        flags_[name.substr(0, eq)] = name.substr(eq + 1);
        continue;
      }
      if (std::find(std::begin(kSwitches), std::end(kSwitches), name) != std::end(kSwitches)) {
        flags_[name] = "true";
        continue;
      }
      if (i + 1 >= argc) {
        throw Failure(FailureCode::kInvalid, "--" + name + " needs a value.", name, "cli_option_needs_value",
                      {{"option", "--" + name}});
      }
      flags_[name] = argv[++i];
    } else {
      positional_.push_back(a);
    }
  }
}

std::optional<std::string> Args::Flag(const std::string& name) const {
  auto it = flags_.find(name);
  if (it == flags_.end()) return std::nullopt;
  return it->second;
}

std::string Args::Required(const std::string& name) const {
  auto v = Flag(name);
  if (!v || v->empty()) throw Failure(FailureCode::kInvalid, "--" + name + " is required.", name, "cli_option_required",
                                     {{"option", "--" + name}});
  return *v;
}

std::string Args::DatabaseUrl() const {
  if (auto db = Flag("db")) return *db;
  if (const char* env = std::getenv("FREMDRIFT_DB"); env && *env) return env;
  return "sqlite:var/fremdrift.db";
}

void Args::AllowOnly(const std::vector<std::string>& known) const {
  for (const auto& [name, value] : flags_) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      throw Failure(FailureCode::kInvalid, "Unknown option --" + name + ".", name, "cli_unknown_option",
                    {{"option", "--" + name}});
    }
  }
}

}  // namespace fremdrift
