#include "web/form_field_values.h"

namespace fremdrift {

FormField FieldWithProblem(const Catalogue& t, const std::string& label_key, const std::string& name,
                           FormField::Kind kind, const std::map<std::string, std::string>& values,
                           const FormProblems& problems) {
  FormField f;
  f.name = name;
  f.label = t.Text(label_key);
  f.kind = kind;
  if (auto it = values.find(name); it != values.end()) f.value = it->second;
  if (auto it = problems.by_field.find(name); it != problems.by_field.end()) f.error = it->second;
  return f;
}

}  // namespace fremdrift
