#include "formats/json_members.h"

namespace fremdrift {

void CheckKnown(const nlohmann::json& in, const std::string& path, const std::set<std::string>& fields,
                const std::set<std::string>& extra, std::vector<FieldProblem>& problems) {
  for (const auto& [k, v] : in.items()) {
    if (!fields.count(k) && !extra.count(k)) problems.push_back({path + k, "is not a known field", "unknown_field", {}});
  }
}

void Text(const nlohmann::json& in, const char* name, std::string& out, const std::string& path,
          std::vector<FieldProblem>& problems) {
  if (in.contains(name)) out = StringMember(in, name, path, false, problems);
}

void Flag(const nlohmann::json& in, const char* name, bool& out, const std::string& path,
          std::vector<FieldProblem>& problems) {
  if (!in.contains(name)) return;
  if (in[name].is_boolean()) out = in[name].get<bool>();
  else problems.push_back({path + name, "must be true or false", "not_a_boolean", {}});
}

std::optional<Date> OptionalDate(const nlohmann::json& in, const char* name, const std::string& path,
                                 std::vector<FieldProblem>& problems) {
  if (!in.contains(name) || in[name].is_null()) return std::nullopt;
  auto d = in[name].is_string() ? Date::Parse(in[name].get<std::string>()) : std::nullopt;
  if (!d) problems.push_back({path + name, "must be a date YYYY-MM-DD or null", "not_a_date", {}});
  return d;
}

}  // namespace fremdrift
