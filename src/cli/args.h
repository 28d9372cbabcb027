// Command-line flags of the form --name VALUE, and positional arguments.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fremdrift {

class Args {
 public:
  // Parses argv[first..]. Throws Failure(kInvalid) for a flag without value.
  Args(int argc, char** argv, int first);

  std::optional<std::string> Flag(const std::string& name) const;
  // The flag's value; throws Failure(kInvalid, field = flag) when missing.
  std::string Required(const std::string& name) const;
  bool Has(const std::string& name) const { return flags_.count(name) > 0; }
  const std::vector<std::string>& positional() const { return positional_; }

  // --db, or $FREMDRIFT_DB, or sqlite:var/fremdrift.db.
  std::string DatabaseUrl() const;

  // Fails naming the first flag not in `known`.
  void AllowOnly(const std::vector<std::string>& known) const;

 private:
  std::map<std::string, std::string> flags_;
  std::vector<std::string> positional_;
};

}  // namespace fremdrift
