#include "web/form_problems.h"

#include <algorithm>

namespace fremdrift {

FormProblems ProblemsForForm(const Failure& f, const std::vector<std::string>& known_fields,
                             const Catalogue& t) {
  FormProblems out;
  std::vector<FieldProblem> problems = f.problems();
  if (problems.empty()) problems.push_back({f.field(), f.what()});
  for (const auto& p : problems) {
    // "items[0].start" and "start" both belong to the field "start".
    std::string field = p.field.substr(p.field.find_last_of('.') + 1);
    std::string text = t.Format("form_bad_value", {{"message", p.message}});
    if (std::find(known_fields.begin(), known_fields.end(), field) != known_fields.end()) {
      auto& slot = out.by_field[field];
      slot += (slot.empty() ? "" : " ") + text;
    } else {
      out.general += (out.general.empty() ? "" : " ") + (p.field.empty() ? "" : p.field + ": ") + text;
    }
  }
  return out;
}

}  // namespace fremdrift
