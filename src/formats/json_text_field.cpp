#include "formats/json_text_field.h"

namespace fremdrift {

std::string OptionalTextField(const nlohmann::json& in, const char* name, const std::string& prefix,
                              std::vector<FieldProblem>& problems) {
  auto it = in.find(name);
  if (it == in.end() || it->is_null()) return "";
  if (!it->is_string()) {
    problems.push_back({prefix + name, "must be a string"});
    return "";
  }
  return it->get<std::string>();
}

}  // namespace fremdrift
